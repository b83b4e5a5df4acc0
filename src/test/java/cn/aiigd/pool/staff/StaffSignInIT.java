package cn.aiigd.pool.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's sign-in: a Redis session, CSRF tokens on its writes, lock-out after wrong passwords, all audited. */
class StaffSignInIT extends IntegrationTest {

    private MockHttpServletResponse signIn(String username, String password) throws Exception {
        return mvc.perform(post("/api/staff/session").contentType(MediaType.APPLICATION_JSON)
                .content(api.write(Map.of("username", username, "password", password))).with(from("10.1.2.3"))).andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private static Cookie session(MockHttpServletResponse r) {
        return r.getCookie("POOLSESSION");
    }

    @Test
    void aSessionCarriesTheConsoleAndItsWritesNeedTheCsrfToken() throws Exception {
        Api.Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, "440100");
        MockHttpServletResponse in = signIn(reviewer.username(), reviewer.password());
        assertThat(in.getStatus()).isEqualTo(200);
        Cookie cookie = session(in);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        String csrf = api.read(in.getContentAsString(StandardCharsets.UTF_8)).get("csrfToken").asString();
        assertThat(csrf).isNotBlank();

        // Reads with the session alone.
        String me = mvc.perform(get("/api/staff/session").cookie(cookie)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(me).contains(reviewer.username()).contains("CITY_REVIEWER").contains(csrf);
        // Reading does not rotate anything: the same session and token keep working.
        MockHttpServletResponse again = mvc.perform(get("/api/staff/session").cookie(cookie)).andReturn().getResponse();
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains(csrf);
        assertThat(again.getCookie("POOLSESSION")).isNull();

        // A write with the cookie but without the token is what a forged cross-site form looks like: refused, nothing changed.
        String contact = "{\"email\":\"csrf-" + reviewer.username() + "@example.com\",\"mobile\":\"\"}";
        MockHttpServletResponse forged = mvc.perform(put("/api/staff/me/contact").cookie(cookie).contentType(MediaType.APPLICATION_JSON)
                .content(contact)).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(forged.getContentAsString(StandardCharsets.UTF_8)).contains("CSRF");
        assertThat(mvc.perform(put("/api/staff/me/contact").cookie(cookie).header("X-CSRF-TOKEN", "wrong-token")
                .contentType(MediaType.APPLICATION_JSON).content(contact)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM staff_account WHERE username = ? AND email IS NOT NULL", reviewer.username())).isZero();
        assertThat(mvc.perform(put("/api/staff/me/contact").cookie(cookie).header("X-CSRF-TOKEN", csrf)
                .contentType(MediaType.APPLICATION_JSON).content(contact)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM staff_account WHERE username = ? AND email IS NOT NULL", reviewer.username())).isEqualTo(1);

        // Roles and city scopes hold with the session as with the password: an admin endpoint is refused.
        assertThat(mvc.perform(get("/api/staff/accounts").cookie(cookie)).andReturn().getResponse().getStatus()).isEqualTo(403);

        // The log says who did what, refused or not, and from where.
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        String log = mvc.perform(get("/api/staff/audit-log").param("actor", reviewer.username()).with(admin.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(log).contains("\"action\":\"SIGN_IN\"").contains("\"outcome\":\"OK\"").contains("10.1.2.3")
                .contains("PUT /api/staff/me/contact").contains("\"outcome\":\"403\"").contains("\"outcome\":\"200\"");

        // Signed out: the cookie is worth nothing.
        assertThat(mvc.perform(delete("/api/staff/session").cookie(cookie).header("X-CSRF-TOKEN", csrf)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/staff/session").cookie(cookie)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForEveryWayIn() throws Exception {
        Api.Staff victim = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        for (int i = 1; i <= 4; i++) {
            MockHttpServletResponse r = signIn(victim.username(), "wrong-password-" + i);
            assertThat(r.getStatus()).as("try " + i).isEqualTo(401);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("用户名或密码错误");
        }
        MockHttpServletResponse fifth = signIn(victim.username(), "wrong-password-5");
        assertThat(fifth.getStatus()).isEqualTo(423);
        assertThat(fifth.getContentAsString(StandardCharsets.UTF_8)).contains("已锁定");
        // Now even the right password is refused, at the console and over HTTP Basic alike.
        assertThat(signIn(victim.username(), victim.password()).getStatus()).isEqualTo(423);
        assertThat(session(signIn(victim.username(), victim.password()))).isNull();
        assertThat(mvc.perform(get("/api/staff/me").with(victim.auth())).andReturn().getResponse().getStatus()).isEqualTo(401);
        // Other accounts are not affected.
        Api.Staff other = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        assertThat(signIn(other.username(), other.password()).getStatus()).isEqualTo(200);

        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        String log = mvc.perform(get("/api/staff/audit-log").param("actor", victim.username()).with(admin.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(log).contains("\"outcome\":\"FAILED\"").contains("\"outcome\":\"LOCKED\"").doesNotContain("\"outcome\":\"OK\"");
        assertThat(log).doesNotContain("wrong-password");
    }

    @Test
    void wrongPasswordsOverHttpBasicCountToo() throws Exception {
        Api.Staff victim = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(get("/api/staff/me").with(new Api.Staff(victim.username(), "nope-" + i).auth())).andReturn().getResponse()
                    .getStatus()).isEqualTo(401);
        }
        assertThat(signIn(victim.username(), victim.password()).getStatus()).isEqualTo(423);
        // And a success before the limit clears the count.
        Api.Staff careful = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                signIn(careful.username(), "typo-" + i);
            }
            assertThat(signIn(careful.username(), careful.password()).getStatus()).as("round " + round).isEqualTo(200);
        }
    }

    @Test
    void emptyOrMissingCredentialsAreAClearError() throws Exception {
        assertThat(mvc.perform(post("/api/staff/session").contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/api/staff/session").contentType(MediaType.APPLICATION_JSON).content("not json")).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(signIn("nobody-" + System.nanoTime(), "whatever-password").getStatus()).isEqualTo(401);
    }
}
