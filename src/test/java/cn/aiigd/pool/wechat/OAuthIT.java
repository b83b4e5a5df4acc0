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
        String state = stateFrom(mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/filings?x=1")).andReturn());
        MvcResult cb = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", state)).andReturn();
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
        var replay = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", state)).andReturn();
        assertThat(replay.getResponse().getStatus()).isEqualTo(400);
        assertThat(replay.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已使用或已过期");
    }

    @Test
    void badAndUsedCodesAreRefusedPlainly() throws Exception {
        String state = stateFrom(mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/")).andReturn());
        var bad = mvc.perform(get("/wx/oauth/callback").param("code", "never-issued").param("state", state)).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("登录凭证无效");

        String code = "code" + SignedPortal.newMsgId();
        FakeWeChat.instance().oauthCode(code, "oOnce" + SignedPortal.newMsgId());
        String s1 = stateFrom(mvc.perform(get("/wx/oauth/authorize")).andReturn());
        assertThat(mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", s1)).andReturn().getResponse().getStatus()).isEqualTo(302);
        String s2 = stateFrom(mvc.perform(get("/wx/oauth/authorize")).andReturn());
        var used = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", s2)).andReturn();
        assertThat(used.getResponse().getStatus()).isEqualTo(400);
        assertThat(used.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已被使用");
        assertThat(mvc.perform(get("/wx/oauth/callback").param("code", "x").param("state", "forged")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void onlyOurOwnPathsAreReturnTargets() throws Exception {
        for (String evil : new String[] {"https://evil.example.com/", "//evil.example.com/x", "/\\evil.example.com", "http:/evil",
                "javascript:alert(1)", "/%2F%2Fevil.example.com", "evil"}) {
            assertThat(mvc.perform(get("/wx/oauth/authorize").param("returnTo", evil)).andReturn().getResponse().getStatus())
                    .as(evil).isEqualTo(400);
        }
        assertThat(mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/bind?supplier=3")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }
}
