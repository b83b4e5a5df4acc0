package cn.aiigd.pool.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class StaffAccountsIT extends IntegrationTest {

    @Test
    void adminCreatesACityReviewerWhoCanSignIn() throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"gz-reviewer-1\",\"displayName\":\"广州市工信局审核员\","
                                + "\"role\":\"CITY_REVIEWER\",\"cityCode\":\"440100\",\"password\":\"a-long-password\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cityCode").value("440100"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        String hash = jdbc.queryForObject("SELECT password_hash FROM staff_account WHERE username = 'gz-reviewer-1'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-password");
        mvc.perform(get("/api/staff/me").with(new Staff("gz-reviewer-1", "a-long-password").auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("CITY_REVIEWER"));
    }

    @Test
    void aCityReviewerMustHaveACityAndOthersMustNot() throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        int before = count("SELECT COUNT(*) FROM staff_account");
        mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"no-city\",\"displayName\":\"x\",\"role\":\"CITY_REVIEWER\",\"password\":\"a-long-password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cityCode"));
        mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"bad-city\",\"displayName\":\"x\",\"role\":\"CITY_REVIEWER\",\"cityCode\":\"110000\",\"password\":\"a-long-password\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"alliance-with-city\",\"displayName\":\"x\",\"role\":\"ALLIANCE_REVIEWER\",\"cityCode\":\"440100\",\"password\":\"a-long-password\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cityCode"));
        mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"short\",\"displayName\":\"x\",\"role\":\"ALLIANCE_REVIEWER\",\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"too-long\",\"displayName\":\"x\",\"role\":\"ALLIANCE_REVIEWER\",\"password\":\""
                                + "密码".repeat(13) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("72 字节")));
        assertThat(count("SELECT COUNT(*) FROM staff_account")).isEqualTo(before);
    }

    @Test
    void onlyAdminsManageAccounts() throws Exception {
        Staff reviewer = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        mvc.perform(get("/api/staff/accounts").with(reviewer.auth())).andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/accounts").with(reviewer.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sneaky\",\"displayName\":\"x\",\"role\":\"ADMIN\",\"password\":\"a-long-password\"}"))
                .andExpect(status().isForbidden());
        assertThat(count("SELECT COUNT(*) FROM staff_account WHERE username = 'sneaky'")).isZero();
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        Staff reviewer = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        mvc.perform(get("/api/staff/me").with(reviewer.auth())).andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, reviewer.username());
        mvc.perform(post("/api/staff/accounts/{id}/disable", id).with(admin.auth())).andExpect(status().isOk());
        mvc.perform(get("/api/staff/me").with(reviewer.auth())).andExpect(status().isUnauthorized());
    }

    @Test
    void theLastEnabledAdminCannotBeDisabled() throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        jdbc.update("UPDATE staff_account SET enabled = 0 WHERE role = 'ADMIN' AND username <> ?", admin.username());
        long id = jdbc.queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, admin.username());
        mvc.perform(post("/api/staff/accounts/{id}/disable", id).with(admin.auth()))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/staff/me").with(admin.auth())).andExpect(status().isOk());
    }

    @Test
    void usernamesAreUnique() throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + admin.username() + "\",\"displayName\":\"x\",\"role\":\"ADMIN\",\"password\":\"a-long-password\"}"))
                .andExpect(status().isConflict());
    }
}
