package cn.aiigd.pool.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * The WeChat API as far as this service uses it, for the real WxJava client: it issues an access
 * token only for the right appid and secret, refuses any call without that token (40001), and
 * answers OAuth codes once (40029 for unknown codes, 40163 for a used one). One per test JVM.
 */
public final class FakeWeChat {

    public static final String APP_ID = "wxtestapp00000001";
    public static final String SECRET = "test-secret";
    public static final String TOKEN = "FAKE_ACCESS_TOKEN";
    private static FakeWeChat instance;

    private final WireMockServer server;
    private final MsgIds msgIds = new MsgIds();
    private final MassSends massSends = new MassSends();
    private final WebSignIn webSignIn = new WebSignIn();
    private static volatile int latencyMs;

    /** Template sends take this long from now on (the benchmark's 20 ms platform). */
    public void templateLatency(int ms) {
        latencyMs = ms;
    }

    /** Template messages that reached a user: a repeated client_msg_id is not counted twice. */
    public long templatesDelivered() {
        return msgIds.delivered.get();
    }

    private FakeWeChat() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(200).extensions(msgIds, massSends, webSignIn, webSignIn.exchange));
        server.start();
        reset();
    }

    public static synchronized FakeWeChat instance() {
        if (instance == null) {
            instance = new FakeWeChat();
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    public WireMockServer server() {
        return server;
    }

    /** Back to the default behaviour (keeps the server). */
    public void reset() {
        server.resetAll();
        json(5, com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/cgi-bin/token")).withQueryParam("appid", equalTo(APP_ID)).withQueryParam("secret", equalTo(SECRET)),
                "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}");
        json(5, post(urlPathEqualTo("/cgi-bin/stable_token")).withRequestBody(equalToJson(
                "{\"grant_type\":\"client_credential\",\"appid\":\"" + APP_ID + "\",\"secret\":\"" + SECRET + "\"}", true, true)),
                "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}");
        json(9, com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()),
                "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}");
        json(5, com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/sns/oauth2/access_token")),
                "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
        // WeChat's sign-in page as a real browser meets it: it answers at once with a redirect back to
        // the service carrying a fresh code for the follower set by signInAs, which the exchange accepts once.
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/connect/oauth2/authorize")).atPriority(5)
                .withQueryParam("appid", equalTo(APP_ID)).withQueryParam("response_type", equalTo("code"))
                .willReturn(aResponse().withTransformers(WebSignIn.AUTHORIZE)));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/sns/oauth2/access_token")).atPriority(3)
                .withQueryParam("code", com.github.tomakehurst.wiremock.client.WireMock.matching(WebSignIn.CODE_PREFIX + ".+"))
                .willReturn(aResponse().withTransformers(WebSignIn.EXCHANGE)));
        authorized("/cgi-bin/message/custom/send", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        authorized("/cgi-bin/qrcode/create", "{\"ticket\":\"gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==\","
                + "\"expire_seconds\":2592000,\"url\":\"http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI\"}");
        json(5, com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/cgi-bin/menu/get"))
                .withQueryParam("access_token", equalTo(TOKEN)), "{\"menu\":{\"button\":[]},\"conditionalmenu\":["
                + "{\"button\":[],\"matchrule\":{\"tag_id\":\"100\"},\"menuid\":\"100200\"},"
                + "{\"button\":[],\"matchrule\":{\"tag_id\":\"999\"},\"menuid\":\"999000\"}]}");
        authorized("/cgi-bin/menu/delconditional", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        // A msgid per send, as WeChat gives: receipts (TEMPLATESENDJOBFINISH) find their notice by it.
        server.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send")).atPriority(5).withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(aResponse().withTransformers("msgid")));
        authorized("/cgi-bin/menu/create", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        authorized("/cgi-bin/menu/addconditional", "{\"menuid\":\"208379533\"}");
        server.stubFor(post(urlPathEqualTo("/cgi-bin/message/mass/sendall")).atPriority(5).withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(aResponse().withTransformers("mass")));
        authorized("/cgi-bin/message/mass/preview", "{\"errcode\":0,\"errmsg\":\"preview success\",\"msg_id\":34182}");
    }

    /** Mass sends WeChat accepted: a repeated clientmsgid is refused with 45065 and not counted. */
    public long massesAccepted() {
        return massSends.accepted.get();
    }

    /** A user's OAuth code: the first exchange gives the openid, the next ones 40163. */
    public void oauthCode(String code, String openid) {
        String scenario = "code-" + code;
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/sns/oauth2/access_token")).atPriority(1).withQueryParam("code", equalTo(code))
                .withQueryParam("appid", equalTo(APP_ID)).withQueryParam("secret", equalTo(SECRET))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("used")
                .willReturn(ok("{\"access_token\":\"web-token\",\"expires_in\":7200,\"refresh_token\":\"r\",\"openid\":\"" + openid
                        + "\",\"scope\":\"snsapi_base\"}")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/sns/oauth2/access_token")).atPriority(1).withQueryParam("code", equalTo(code))
                .inScenario(scenario).whenScenarioStateIs("used")
                .willReturn(ok("{\"errcode\":40163,\"errmsg\":\"code been used\"}")));
    }

    /**
     * The follower whose WeChat opens the sign-in page from now on: real WeChat knows who holds the
     * phone, the fake is told. Each visit of {@code /connect/oauth2/authorize} then redirects to the
     * service's {@code redirect_uri} with a new code that exchanges once for this openid.
     */
    public void signInAs(String openid) {
        webSignIn.follower = openid;
    }

    /** WeChat answers this path with an error from now on. */
    public void failing(String path, int errcode, String errmsg) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(2).withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(ok("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}")));
    }

    /**
     * WeChat's front end answers this path with an HTTP error status and no errcode from now on, as
     * its gateways do when overloaded (WxJava reports it as -99).
     */
    public void httpError(String path, int status) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(2).withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                        .withBody("<html><body><h1>" + status + "</h1>upstream unavailable</body></html>")));
    }

    public List<LoggedRequest> requests(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    /**
     * Answers a template send with a new msgid, as WeChat does; a repeated client_msg_id (for the same
     * user) is not delivered again and gets the first msgid back, as WeChat's de-duplication promises.
     */
    private static final class MsgIds implements com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2 {
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(200228332L);
        private final java.util.Map<String, Long> byClientMsgId = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicLong delivered = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public String getName() {
            return "msgid";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
            String body = event.getRequest().getBodyAsString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"client_msg_id\":\"([^\"]+)\"").matcher(body);
            java.util.regex.Matcher u = java.util.regex.Pattern.compile("\"touser\":\"([^\"]+)\"").matcher(body);
            long id;
            if (m.find() && u.find()) {
                String key = u.group(1) + "|" + m.group(1);
                boolean[] fresh = {false};
                id = byClientMsgId.computeIfAbsent(key, k -> {
                    fresh[0] = true;
                    return next.incrementAndGet();
                });
                if (fresh[0]) {
                    delivered.incrementAndGet();
                }
            } else {
                id = next.incrementAndGet();
                delivered.incrementAndGet();
            }
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + id + "}").withFixedDelay(latencyMs).build();
        }
    }

    /** WeChat's mass send: a new msg_id per job; a clientmsgid seen before gets 45065, as WeChat de-duplicates. */
    private static final class MassSends implements com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2 {
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong(1000000001L);
        private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicLong accepted = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public String getName() {
            return "mass";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"clientmsgid\":\"([^\"]+)\"").matcher(event.getRequest().getBodyAsString());
            if (m.find() && !seen.add(m.group(1))) {
                return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"errcode\":45065,\"errmsg\":\"clientmsgid exist\"}").build();
            }
            accepted.incrementAndGet();
            long id = next.incrementAndGet();
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":" + id + ",\"msg_data_id\":" + (id + 7) + "}")
                    .build();
        }
    }

    /**
     * snsapi_base sign-in for browsers: {@code /connect/oauth2/authorize} answers 302 to
     * redirect_uri?code=…&state=… (as WeChat does without asking the user), and the code exchange
     * answers the openid once, then 40163, and 40029 for a code it never issued.
     */
    private static final class WebSignIn implements com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2 {
        static final String AUTHORIZE = "web-sign-in";
        static final String EXCHANGE = "web-code-exchange";
        static final String CODE_PREFIX = "fakewx";
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.Map<String, String> issued = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private volatile String follower;

        @Override
        public String getName() {
            return AUTHORIZE;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
            var request = event.getRequest();
            if (!"snsapi_base".equals(query(request, "scope")) || query(request, "redirect_uri") == null) {
                return aResponse().withStatus(400).withHeader("Content-Type", "text/plain; charset=utf-8")
                        .withBody("redirect_uri 或 scope 参数错误").build();
            }
            String openid = follower;
            if (openid == null) {
                return aResponse().withStatus(403).withHeader("Content-Type", "text/plain; charset=utf-8")
                        .withBody("FakeWeChat: no follower set, call signInAs(openid) first").build();
            }
            String code = CODE_PREFIX + next.incrementAndGet() + "x" + Long.toHexString(System.nanoTime());
            issued.put(code, openid);
            String redirect = query(request, "redirect_uri");
            String state = query(request, "state");
            String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                    + (state == null ? "" : "&state=" + java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8));
            return aResponse().withStatus(302).withHeader("Location", location).build();
        }

        /** WireMock hands query values over decoded already; a still-encoded one is decoded here. */
        private static String query(com.github.tomakehurst.wiremock.http.Request request, String name) {
            var p = request.queryParameter(name);
            if (p == null || !p.isPresent()) {
                return null;
            }
            String v = p.firstValue();
            return v.matches("(?i)https?%3A.*") ? java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8) : v;
        }

        /** The code exchange, a transformer of its own name sharing the codes this one issued. */
        final com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2 exchange =
                new com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2() {
                    @Override
                    public String getName() {
                        return EXCHANGE;
                    }

                    @Override
                    public boolean applyGlobally() {
                        return false;
                    }

                    @Override
                    public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
                        var request = event.getRequest();
                        String code = query(request, "code");
                        String body;
                        if (!APP_ID.equals(query(request, "appid")) || !SECRET.equals(query(request, "secret"))) {
                            body = "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}";
                        } else if (used.contains(code)) {
                            body = "{\"errcode\":40163,\"errmsg\":\"code been used\"}";
                        } else {
                            String openid = issued.remove(code);
                            if (openid == null) {
                                body = "{\"errcode\":40029,\"errmsg\":\"invalid code\"}";
                            } else {
                                used.add(code);
                                body = "{\"access_token\":\"web-token\",\"expires_in\":7200,\"refresh_token\":\"r\",\"openid\":\""
                                        + openid + "\",\"scope\":\"snsapi_base\"}";
                            }
                        }
                        return ok(body).build();
                    }
                };
    }

    private void authorized(String path, String body) {
        json(5, post(urlPathEqualTo(path)).withQueryParam("access_token", equalTo(TOKEN)), body);
    }

    private void json(int priority, com.github.tomakehurst.wiremock.client.MappingBuilder mapping, String body) {
        server.stubFor(mapping.atPriority(priority).willReturn(ok(body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }
}
