package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.wechat.signin.ApplicantSessions;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in to the H5 pages inside the simulated phone: the real OAuth controller, the real WxJava
 * client exchanging the code over HTTP with the in-app WeChat, and the follower the page picked.
 */
class SandboxOAuthIT extends SandboxTestSupport {

    @Autowired
    ApplicantSessions sessions;

    /** Where a redirect goes, as a path and query of this service (the browser follows it to this host). */
    private static String local(MvcResult r) {
        return local(r.getResponse().getRedirectedUrl());
    }

    private static String local(String url) {
        URI u = URI.create(url);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** Where WeChat's sign-in page sends the browser on (at once, by script; the page names it). */
    private static String onwards(MvcResult weChatPage) throws Exception {
        String html = weChatPage.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("(?s).*data-redirect=\"([^\"]+)\".*", "$1"));
    }

    private Cookie pick(String openid) throws Exception {
        MvcResult r = mvc.perform(put("/api/sandbox/current-follower").contentType(MediaType.APPLICATION_JSON)
                .content("{\"openid\":\"" + openid + "\"}")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        Cookie c = r.getResponse().getCookie("POOL_SANDBOX_FOLLOWER");
        assertThat(c).isNotNull();
        assertThat(c.isHttpOnly()).isTrue();
        return c;
    }

    @Test
    void signingInInsideThePhoneEndsAsTheSimulatedFollower() throws Exception {
        String openid = newFollower("H5 用户");
        String company = "广州沙盒登录测试科技有限公司";
        var form = Api.completeForm(Api.creditCode(), "440000", "440100");
        form = new cn.aiigd.pool.supplier.SupplierForm(company, form.creditCode(), form.registrationProvince(), form.registrationCity(),
                form.legalRepresentative(), form.foundedOn(), form.coversGuangdong(), form.teamInGuangdong(), form.ipSummary(),
                form.industries(), form.cases(), form.contactName(), form.contactMobile(), form.contactEmail(), true, true);
        json(postJson("/api/applicant/suppliers", api.write(form)).header("Authorization", "Bearer " + sessions.open(openid)), 201);
        Cookie follower = pick(openid);

        MvcResult authorize = mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/suppliers")).andReturn();
        assertThat(authorize.getResponse().getRedirectedUrl()).contains("/sandbox/wechat/connect/oauth2/authorize?appid=wxtestapp00000001");
        Cookie state = authorize.getResponse().getCookie("POOL_OAUTH_STATE");

        MvcResult weChat = mvc.perform(get(URI.create(local(authorize))).cookie(follower)).andReturn();
        assertThat(weChat.getResponse().getStatus()).isEqualTo(200);
        String back = onwards(weChat);
        assertThat(back).startsWith("http://localhost:8080/wx/oauth/callback?code=").doesNotContain("#");
        assertThat(weChat.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("location.replace(");

        MvcResult callback = mvc.perform(get(URI.create(local(back))).cookie(state)).andReturn();
        assertThat(callback.getResponse().getStatus()).as(callback.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/h5/suppliers");
        Cookie session = callback.getResponse().getCookie("POOLSESSION");
        assertThat(session).isNotNull();
        String mine = mvc.perform(get("/api/applicant/suppliers").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains(company);

        // WeChat's codes are single-use: the same code in a new sign-in is refused with 40163.
        MvcResult again = mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/")).andReturn();
        String code = URI.create(back).getQuery().replaceAll(".*code=([0-9a-f]+).*", "$1");
        String newState = URI.create(again.getResponse().getRedirectedUrl().replace("#wechat_redirect", "")).getQuery()
                .replaceAll(".*state=([0-9a-f]+).*", "$1");
        MvcResult reused = mvc.perform(get("/wx/oauth/callback").param("code", code).param("state", newState)
                .cookie(again.getResponse().getCookie("POOL_OAUTH_STATE"))).andReturn();
        assertThat(reused.getResponse().getStatus()).isEqualTo(400);
        assertThat(reused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("该登录链接已被使用");
    }

    @Test
    void withoutAPickedFollowerWeChatHasNobodyToSignIn() throws Exception {
        MvcResult authorize = mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/")).andReturn();
        MvcResult weChat = mvc.perform(get(URI.create(local(authorize)))).andReturn();
        assertThat(weChat.getResponse().getStatus()).isEqualTo(400);
        assertThat(weChat.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("请先选择模拟关注者");
        // And a code nobody issued is WeChat's 40029.
        MvcResult forged = mvc.perform(get("/wx/oauth/callback").param("code", "0".repeat(32)).param("state",
                URI.create(authorize.getResponse().getRedirectedUrl().replace("#wechat_redirect", "")).getQuery()
                        .replaceAll(".*state=([0-9a-f]+).*", "$1"))
                .cookie(authorize.getResponse().getCookie("POOL_OAUTH_STATE"))).andReturn();
        assertThat(forged.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("登录凭证无效");
    }

    @Test
    void onlyAFollowerOfTheSandboxCanBePicked() throws Exception {
        MvcResult r = mvc.perform(put("/api/sandbox/current-follower").contentType(MediaType.APPLICATION_JSON)
                .content("{\"openid\":\"oNotSimulated0000000000000001\"}")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
        assertThat(r.getResponse().getCookie("POOL_SANDBOX_FOLLOWER")).isNull();
    }
}
