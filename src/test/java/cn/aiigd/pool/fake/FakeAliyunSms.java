package cn.aiigd.pool.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Aliyun's SMS endpoint as the real client meets it: every request's ACS3-HMAC-SHA256 signature is
 * recomputed from the request and checked (a wrong secret gets {@code SignatureDoesNotMatch}),
 * the body hash must match, and business errors come back as HTTP 200 with a code other than "OK",
 * scripted per phone number.
 */
public final class FakeAliyunSms {

    public static final String ACCESS_KEY = "LTAI-fake-key";
    public static final String SECRET = "fake-secret-for-tests";

    /** One accepted SendSms call. */
    public record Sent(String phoneNumbers, String signName, String templateCode, String templateParam, String outId, String bizId) {
    }

    private final WireMockServer server;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, String> scriptedErrors = new ConcurrentHashMap<>();
    private final Map<String, Integer> scriptedStatus = new ConcurrentHashMap<>();
    private final Map<String, String> scriptedMessages = new ConcurrentHashMap<>();
    private final Map<String, Integer> scriptedDelay = new ConcurrentHashMap<>();

    public FakeAliyunSms() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new Signed()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers("aliyun-signed")));
    }

    /** What the client's Config.endpoint takes: host and port, no scheme. */
    public String endpoint() {
        return "127.0.0.1:" + server.port();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** From now on, a send to this number gets this business error code. */
    public void failFor(String phone, String code) {
        scriptedErrors.put(phone, code);
    }

    /**
     * From now on, a send to this number gets this error code with this HTTP status: 200 for the
     * business errors Aliyun reports in the body, 4xx/5xx for gateway errors such as
     * {@code Throttling.User} (the client then throws, with the code from the body).
     */
    public void failFor(String phone, String code, int httpStatus) {
        scriptedErrors.put(phone, code);
        scriptedStatus.put(phone, httpStatus);
    }

    /** As {@link #failFor(String, String, int)}, with Aliyun's message (which says, e.g., which flow-control level tripped). */
    public void failFor(String phone, String code, int httpStatus, String message) {
        failFor(phone, code, httpStatus);
        scriptedMessages.put(phone, message);
    }

    /** From now on, the answer to a send to this number takes this long (the send itself is accepted at once). */
    public void delayFor(String phone, int millis) {
        scriptedDelay.put(phone, millis);
    }

    /** Sends to this number work normally again. */
    public void recover(String phone) {
        scriptedErrors.remove(phone);
        scriptedStatus.remove(phone);
        scriptedMessages.remove(phone);
        scriptedDelay.remove(phone);
    }

    public void stop() {
        server.stop();
    }

    private final class Signed implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return "aliyun-signed";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request r = event.getRequest();
            try {
                String problem = signatureProblem(r);
                if (problem != null) {
                    return json(400, "{\"Code\":\"" + problem + "\",\"Message\":\"" + problem + "\",\"RequestId\":\"fake\"}");
                }
                Map<String, String> q = query(r.getUrl());
                if (!"SendSms".equals(r.getHeader("x-acs-action"))) {
                    return json(404, "{\"Code\":\"InvalidAction.NotFound\",\"Message\":\"unknown action\",\"RequestId\":\"fake\"}");
                }
                String phone = q.getOrDefault("PhoneNumbers", "");
                String error = scriptedErrors.get(phone);
                if (!phone.matches("^(?:\\+?86)?1[3-9]\\d{9}$")) {
                    error = "isv.MOBILE_NUMBER_ILLEGAL";
                }
                if (error != null) {
                    return json(scriptedStatus.getOrDefault(phone, 200), "{\"Code\":\"" + error + "\",\"Message\":\"" + scriptedMessages.getOrDefault(phone, "scripted") + "\",\"RequestId\":\"fake\"}");
                }
                String bizId = "biz" + System.nanoTime();
                sent.add(new Sent(phone, q.get("SignName"), q.get("TemplateCode"), q.get("TemplateParam"), q.get("OutId"), bizId));
                ResponseDefinition ok = json(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"" + bizId + "\",\"RequestId\":\"fake\"}");
                Integer delay = scriptedDelay.get(phone);
                return delay == null ? ok : com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like(ok).withFixedDelay(delay).build();
            } catch (Exception e) {
                return json(500, "{\"Code\":\"isp.SYSTEM_ERROR\",\"Message\":\"" + e.getMessage() + "\"}");
            }
        }
    }

    /** Null when the request is signed correctly with the fake's key; otherwise the platform's error code. */
    private static String signatureProblem(Request r) throws Exception {
        String auth = r.getHeader("Authorization");
        if (auth == null || !auth.startsWith("ACS3-HMAC-SHA256 ")) {
            return "MissingAuthorization";
        }
        Map<String, String> parts = new TreeMap<>();
        for (String p : auth.substring("ACS3-HMAC-SHA256 ".length()).split(",")) {
            int eq = p.indexOf('=');
            parts.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        if (!ACCESS_KEY.equals(parts.get("Credential"))) {
            return "InvalidAccessKeyId.NotFound";
        }
        String payloadHash = hex(MessageDigest.getInstance("SHA-256").digest(r.getBody()));
        if (!payloadHash.equals(r.getHeader("x-acs-content-sha256"))) {
            return "IncompleteSignature";
        }
        StringBuilder canonical = new StringBuilder(r.getMethod().value()).append('\n').append('/').append('\n');
        Map<String, String> q = new TreeMap<>(query(r.getUrl()));
        List<String> pairs = new ArrayList<>();
        q.forEach((k, v) -> pairs.add(encode(k) + "=" + (v.isEmpty() ? "" : encode(v))));
        canonical.append(String.join("&", pairs)).append('\n');
        String signedHeaders = parts.get("SignedHeaders");
        // Aliyun requires these to be signed; a request signing fewer is refused.
        java.util.Set<String> signed = java.util.Set.of(signedHeaders == null ? new String[0] : signedHeaders.split(";"));
        for (String required : List.of("host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version")) {
            if (!signed.contains(required)) {
                return "IncompleteSignature";
            }
        }
        if (!"2017-05-25".equals(r.getHeader("x-acs-version"))) {
            return "InvalidVersion";
        }
        for (String h : signedHeaders.split(";")) {
            String v = r.getHeader(h);
            canonical.append(h).append(':').append(v == null ? "" : v.trim()).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        String stringToSign = "ACS3-HMAC-SHA256\n" + hex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = hex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(), parts.getOrDefault("Signature", "").getBytes()) ? null : "SignatureDoesNotMatch";
    }

    private static Map<String, String> query(String url) {
        Map<String, String> q = new TreeMap<>();
        int i = url.indexOf('?');
        if (i < 0) {
            return q;
        }
        for (String pair : url.substring(i + 1).split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            // The client sends spaces as "+" (and a literal plus as %2B): plain form decoding.
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static ResponseDefinition json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8").withBody(body).build();
    }
}
