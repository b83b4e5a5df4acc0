package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.common.time.WorkingDayCalendar;
import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Pdf;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Reviewers are reminded of basic reviews close to or past their five-working-day deadline, once a day, by e-mail and SMS. */
class ReviewDeadlineRemindersIT extends IntegrationTest {

    /** Shaoguan: no other test registers suppliers there, so its queue is this test's alone. */
    static final String CITY = "440200";

    @Autowired
    ReviewDeadlineReminders reminders;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    NoticeDispatcher dispatcher;

    private long pendingSupplier() throws Exception {
        Api.Applicant applicant = api.applicant();
        String body = api.write(Api.completeForm(Api.creditCodeIn("440203"), "440000", CITY));
        long id = api.read(mvc.perform(post("/api/applicant/suppliers").with(applicant.auth()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(multipart("/api/applicant/suppliers/{id}/files", id)
                .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", Pdf.minimalPdf())).with(applicant.auth()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth())).andExpect(status().isOk());
        return id;
    }

    private long createReviewer(Api.Staff admin, String city, String email, String mobile) throws Exception {
        Map<String, String> form = new java.util.HashMap<>(Map.of("username", "rev-" + System.nanoTime(), "displayName", "韶关审核员",
                "role", "CITY_REVIEWER", "cityCode", city, "password", "a-long-password-1"));
        form.put("email", email);
        form.put("mobile", mobile);
        String body = api.write(form);
        return api.read(mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private List<Map<String, Object>> noticesTo(String recipient) {
        return jdbc.queryForList("SELECT * FROM notice WHERE template_key = 'review-sla' AND recipient = ? ORDER BY id", recipient);
    }

    @Test
    void reviewersAreRemindedOnceADayOfReviewsDueOrLateInTheirScope() throws Exception {
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        String email = "shaoguan-" + System.nanoTime() + "@example.com";
        createReviewer(admin, CITY, email, "13912340001");
        // A reviewer of another city, with contacts, must not hear about Shaoguan's cases.
        String otherEmail = "guangzhou-" + System.nanoTime() + "@example.com";
        createReviewer(admin, "440100", otherEmail, null);
        long supplierId = pendingSupplier();
        LocalDate due = jdbc.queryForObject("SELECT review_due_on FROM supplier WHERE id = ?", LocalDate.class, supplierId);
        LocalDate submitted = jdbc.queryForObject("SELECT DATE(submitted_at) FROM supplier WHERE id = ?", LocalDate.class, supplierId);
        assertThat(due).isEqualTo(calendar.addWorkingDays(submitted, 5));

        // The day it was submitted, nothing is close to the deadline yet.
        reminders.remindFor(submitted);
        assertThat(noticesTo(email)).isEmpty();

        // On the due day: due soon, by e-mail and SMS, naming the case.
        reminders.remindFor(due);
        List<Map<String, Object>> byMail = noticesTo(email);
        assertThat(byMail).hasSize(1);
        assertThat((String) byMail.get(0).get("rendered")).contains("0项已超期").contains("即将到期").contains("编号 " + supplierId)
                .contains("韶关审核员您好");
        List<Map<String, Object>> bySms = noticesTo("13912340001");
        assertThat(bySms).hasSize(1);
        assertThat((String) bySms.get(0).get("rendered")).contains("韶关").contains("1项即将到期");
        assertThat(noticesTo(otherEmail)).noneMatch(n -> ((String) n.get("rendered")).contains("编号 " + supplierId));

        // Every hourly run that day (and on every node) writes nothing more.
        reminders.remindFor(due);
        reminders.remindFor(due);
        assertThat(noticesTo(email)).hasSize(1);
        assertThat(noticesTo("13912340001")).hasSize(1);

        // The next working day it is late.
        LocalDate after = calendar.addWorkingDays(due, 1);
        reminders.remindFor(after);
        assertThat(noticesTo(email)).hasSize(2);
        assertThat((String) noticesTo(email).get(1).get("rendered")).contains("1项已超期").contains("【已超期】");

        // Days off get no reminders at all.
        LocalDate dayOff = after;
        while (calendar.isWorkingDay(dayOff)) {
            dayOff = dayOff.plusDays(1);
        }
        assertThat(dayOff.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(reminders.remindFor(dayOff)).isZero();
        assertThat(noticesTo(email)).hasSize(2);

        // Decided: nothing left to remind of.
        mvc.perform(post("/api/staff/suppliers/{id}/approve", supplierId).with(admin.auth())).andExpect(status().isOk());
        reminders.remindFor(calendar.addWorkingDays(after, 1));
        assertThat(noticesTo(email)).hasSize(2);

        // They go out like every other notice (recorded here: no SMS or mail account is configured).
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status = 'PENDING' AND template_key <> 'review-sla'");
        while (dispatcher.dispatchOnce() > 0) {
            // until nothing is due
        }
        assertThat(noticesTo(email)).allMatch(n -> "SENT".equals(n.get("status")));
        assertThat(count("SELECT COUNT(*) FROM recorded_message WHERE channel = 'EMAIL' AND recipient = ?", email)).isEqualTo(2);
    }

    @Test
    void aReviewerWithoutContactsIsSkippedAndContactsAreValidated() throws Exception {
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        Api.Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, CITY);
        int accounts = count("SELECT COUNT(*) FROM staff_account");
        String bad = api.write(Map.of("username", "rev-bad-" + System.nanoTime(), "displayName", "坏邮箱", "role", "CITY_REVIEWER",
                "cityCode", CITY, "password", "a-long-password-1", "email", "not-an-email", "mobile", "12345"));
        String problem = mvc.perform(post("/api/staff/accounts").with(admin.auth()).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("email").contains("mobile");
        assertThat(count("SELECT COUNT(*) FROM staff_account")).isEqualTo(accounts);

        // A reviewer sets their own contacts; a malformed one changes nothing.
        mvc.perform(put("/api/staff/me/contact").with(reviewer.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"x@@y\",\"mobile\":\"\"}")).andExpect(status().isBadRequest());
        assertThat(count("SELECT COUNT(*) FROM staff_account WHERE username = ? AND email IS NULL", reviewer.username())).isEqualTo(1);
        mvc.perform(put("/api/staff/me/contact").with(reviewer.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"me-" + reviewer.username() + "@example.com\",\"mobile\":\"+8613912340002\"}")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT mobile FROM staff_account WHERE username = ?", String.class, reviewer.username()))
                .isEqualTo("13912340002");
        // Only admins set other people's contacts.
        long id = jdbc.queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, reviewer.username());
        mvc.perform(put("/api/staff/accounts/{id}/contact", id).with(reviewer.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"\",\"mobile\":\"\"}")).andExpect(status().isForbidden());

        long supplierId = pendingSupplier();
        LocalDate due = jdbc.queryForObject("SELECT review_due_on FROM supplier WHERE id = ?", LocalDate.class, supplierId);
        reminders.remindFor(due);
        assertThat(noticesTo("me-" + reviewer.username() + "@example.com")).hasSize(1);
        assertThat(noticesTo("13912340002")).hasSize(1);
        // Cleared by an admin: no more reminders for this person (the other Shaoguan reviewers get theirs).
        mvc.perform(put("/api/staff/accounts/{id}/contact", id).with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"\",\"mobile\":\"\"}")).andExpect(status().isOk());
        reminders.remindFor(calendar.addWorkingDays(due, 1));
        assertThat(noticesTo("me-" + reviewer.username() + "@example.com")).hasSize(1);
        mvc.perform(post("/api/staff/suppliers/{id}/approve", supplierId).with(admin.auth())).andExpect(status().isOk());
    }
}
