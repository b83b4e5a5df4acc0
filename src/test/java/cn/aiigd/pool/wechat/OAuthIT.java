package cn.aiigd.pool.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.support.IntegrationTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/** WeChat web sign-in against the fake, with the real WxJava OAuth client. */
class OAuthIT extends IntegrationTest {

    /** The cookie /authorize set: it ties the state to this browser. */
    private static jakarta.servlet.http.Cookie stateCookie(MvcResult authorize) {
        jakarta.servlet.http.Cookie c = authorize.getResponse().getCookie("POOL_OAUTH_STATE");
        assertThat(c).isNotNull();
        assertThat(c.isHttpOnly()).isTrue();
        return c;
    }

    private String stateFrom(MvcResult authorize) {
        String location = authorize.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(FakeWeChat.instance().url() + "/connect/oauth2/authorize?appid=" + FakeWeChat.APP_ID)
                .contains("scope=snsapi_base").contains(java.net.URLEncoder.encode("http://localhost:8080/wx/oauth/callback", StandardCharsets.UTF_8));
        return UriComponentsBuilder.fromUri(URI.create(location.replace("#wechat_redirect", ""))).build().getQueryParams().getFirst("state");
    }

    @Test
    void signInPutsTheOpenidInTheSessionAndReturns() throws Exception {
        String openid = "oOauth" + SignedPortal.newMsgId();
        String code = "code" + SignedPortal.newMsgId();
        FakeWeChat.instance().oauthCode(code, openid);
        MvcResult authorize = mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/filings?x=1")).andReturn();
        String state = stateFrom(authorize);
        var browser = stateCookie(authorize);
        MvcResult cb = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", state).cookie(browser)).andReturn();
        assertThat(cb.getResponse().getStatus()).isEqualTo(302);
        assertThat(cb.getResponse().getRedirectedUrl()).isEqualTo("/h5/filings?x=1");
        // The session lives in Redis (Spring Session); its cookie is all the browser holds.
        jakarta.servlet.http.Cookie cookie = cb.getResponse().getCookie("POOLSESSION");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cb.getResponse().getHeaders("Set-Cookie")).anyMatch(h -> h.contains("SameSite=Lax"));
        // The session now speaks for the follower on the applicant API.
        var mine = mvc.perform(get("/api/applicant/suppliers").cookie(cookie)).andReturn();
        assertThat(mine.getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/applicant/suppliers")).andReturn().getResponse().getStatus()).isEqualTo(401);

        // The state is single-use: a replayed callback finds nothing.
        var replay = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", state).cookie(browser)).andReturn();
        assertThat(replay.getResponse().getStatus()).isEqualTo(400);
        assertThat(replay.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已使用或已过期");
    }

    @Test
    void badAndUsedCodesAreRefusedPlainly() throws Exception {
        MvcResult a0 = mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/")).andReturn();
        var bad = mvc.perform(get("/wx/oauth/callback").param("code", "never-issued").param("state", stateFrom(a0)).cookie(stateCookie(a0)))
                .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("登录凭证无效");

        String code = "code" + SignedPortal.newMsgId();
        FakeWeChat.instance().oauthCode(code, "oOnce" + SignedPortal.newMsgId());
        MvcResult a1 = mvc.perform(get("/wx/oauth/authorize")).andReturn();
        assertThat(mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", stateFrom(a1)).cookie(stateCookie(a1)))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        MvcResult a2 = mvc.perform(get("/wx/oauth/authorize")).andReturn();
        var used = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", stateFrom(a2)).cookie(stateCookie(a2))).andReturn();
        assertThat(used.getResponse().getStatus()).isEqualTo(400);
        assertThat(used.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已被使用");
        assertThat(mvc.perform(get("/wx/oauth/callback").param("code", "x").param("state", "forged")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void aCallbackLinkFromAnotherBrowserDoesNotSignIn() throws Exception {
        // The attacker starts a sign-in and sends the victim the callback link with the attacker's code.
        String code = "code" + SignedPortal.newMsgId();
        FakeWeChat.instance().oauthCode(code, "oAttacker" + SignedPortal.newMsgId());
        String state = stateFrom(mvc.perform(get("/wx/oauth/authorize")).andReturn());
        var victim = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", state)).andReturn();
        assertThat(victim.getResponse().getStatus()).isEqualTo(400);
        assertThat(victim.getResponse().getCookie("POOLSESSION")).isNull();
        var wrongCookie = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", state)
                .cookie(new jakarta.servlet.http.Cookie("POOL_OAUTH_STATE", "0".repeat(32)))).andReturn();
        assertThat(wrongCookie.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void writesWithTheSessionMustComeFromOurOwnPages() throws Exception {
        String openid = "oOrigin" + SignedPortal.newMsgId();
        String code = "code" + SignedPortal.newMsgId();
        FakeWeChat.instance().oauthCode(code, openid);
        MvcResult a = mvc.perform(get("/wx/oauth/authorize")).andReturn();
        var session = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", stateFrom(a)).cookie(stateCookie(a)))
                .andReturn().getResponse().getCookie("POOLSESSION");
        String body = "{\"creditCode\":\"" + cn.aiigd.pool.support.Api.creditCodeIn("440101") + "\"}";
        var foreign = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/applicant/bindings/code")
                .cookie(session).header("Origin", "http://evil.aiigd.cn").contentType("application/json").content(body)).andReturn();
        assertThat(foreign.getResponse().getStatus()).isEqualTo(401);
        var crossSite = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/applicant/bindings/code")
                .cookie(session).header("Sec-Fetch-Site", "same-site").contentType("application/json").content(body)).andReturn();
        assertThat(crossSite.getResponse().getStatus()).isEqualTo(401);
        var own = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/applicant/bindings/code")
                .cookie(session).header("Origin", "http://localhost:8080").contentType("application/json").content(body)).andReturn();
        // Signed in: the credit code is simply unknown.
        assertThat(own.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void onlyOurOwnPathsAreReturnTargets() throws Exception {
        for (String evil : new String[] {"https://evil.example.com/", "//evil.example.com/x", "/\\evil.example.com", "http:/evil",
                "javascript:alert(1)", "/%2F%2Fevil.example.com", "evil", "/h5/a|b", "/h5/%zz", "/h5/<x>"}) {
            assertThat(mvc.perform(get("/wx/oauth/authorize").param("returnTo", evil)).andReturn().getResponse().getStatus())
                    .as(evil).isEqualTo(400);
        }
        assertThat(mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/bind?supplier=3")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void oneAddressCannotStartSignInsWithoutEnd() throws Exception {
        // pool.oauth.max-per-minute is 100 in the test configuration.
        String address = "10.77." + (System.nanoTime() % 200) + "." + (System.nanoTime() % 250 + 1);
        int allowed = 0;
        int status = 0;
        for (int i = 0; i < 250 && status != 429; i++) {
            status = mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/").with(r -> {
                r.setRemoteAddr(address);
                return r;
            })).andReturn().getResponse().getStatus();
            allowed += status == 302 ? 1 : 0;
        }
        assertThat(status).as("refused once over the limit").isEqualTo(429);
        // 100 in the minute; a minute turning during the loop starts a fresh count, so up to 200.
        assertThat(allowed).isBetween(100, 200);
        // Another address is not held up by this one.
        assertThat(mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/").with(r -> {
            r.setRemoteAddr("10.78.0." + (System.nanoTime() % 250 + 1));
            return r;
        })).andReturn().getResponse().getStatus()).isEqualTo(302);
    }
}
