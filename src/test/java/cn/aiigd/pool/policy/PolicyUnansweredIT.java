package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class PolicyUnansweredIT extends IntegrationTest {

    @Autowired
    UnansweredQuestions unanswered;

    private Staff editor;

    @BeforeEach
    void fresh() {
        unanswered.flush();
        jdbc.update("DELETE FROM policy_unanswered");
        editor = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
    }

    private void ask(String q) throws Exception {
        mvc.perform(get("/api/public/policy/answer").param("q", q)).andExpect(status().isOk());
    }

    private long idOf(String question) {
        return jdbc.queryForObject("SELECT id FROM policy_unanswered WHERE question = ?", Long.class, question);
    }

    private long entry(String topic) {
        return jdbc.queryForObject("SELECT id FROM policy_entry WHERE topic_key = ?", Long.class, topic);
    }

    @Test
    void questionsTheAssistantCouldNotAnswerAreCountedForStaffWithPersonalDataMasked() throws Exception {
        ask("广州明天天气怎么样");
        ask("广州明天天气怎么样？？");
        ask("廣州明天天氣怎麼樣");
        ask("第二批几号截止");
        ask("我手机13800001234收不到平台的验证码，邮箱zhang.san@example.com也没有");
        ask("   ");
        unanswered.flush();

        mvc.perform(get("/api/staff/policy/unanswered").with(editor.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.question == '广州明天天气怎么样')].timesAsked").value(3))
                .andExpect(jsonPath("$[?(@.question == '广州明天天气怎么样')].status").value("OPEN"));
        // Answered questions and empty messages are not listed.
        assertThat(count("SELECT COUNT(*) FROM policy_unanswered WHERE question LIKE '%第二批几号截止%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM policy_unanswered")).isEqualTo(2);
        String stored = jdbc.queryForObject("SELECT question FROM policy_unanswered WHERE question LIKE '%验证码%'", String.class);
        assertThat(stored).contains("138****1234").contains("z***@example.com")
                .doesNotContain("13800001234").doesNotContain("zhang.san");
    }

    @Test
    void aQuestionLeftUnansweredInAMessageOfSeveralIsKeptForStaff() throws Exception {
        mvc.perform(get("/api/public/policy/answer").param("q", "公示期是几天？第二批几号截止？")).andExpect(jsonPath("$.confident").value(true));
        unanswered.flush();
        // Stored as the other unanswered questions are (full-width punctuation folded); the answered question is not kept.
        assertThat(jdbc.queryForList("SELECT question FROM policy_unanswered", String.class)).containsExactly("公示期是几天?");
    }

    @Test
    void aQuestionStaffAddToAnEntryIsAnsweredFromThen() throws Exception {
        String q = "池子的规矩都有哪些讲究";
        mvc.perform(get("/api/public/policy/answer").param("q", q)).andExpect(jsonPath("$.confident").value(false));
        unanswered.flush();
        long id = idOf(q);
        long conditions = entry("conditions.all");

        mvc.perform(post("/api/staff/policy/unanswered/{id}/add-to-entry", id).with(editor.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"entryId\":" + conditions + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADDED"))
                .andExpect(jsonPath("$.entryId").value(conditions))
                .andExpect(jsonPath("$.resolvedBy").value(editor.username()));
        assertThat(count("SELECT COUNT(*) FROM policy_question WHERE entry_id = ? AND text = ?", conditions, q)).isEqualTo(1);
        mvc.perform(get("/api/public/policy/answer").param("q", q))
                .andExpect(jsonPath("$.confident").value(true))
                .andExpect(jsonPath("$.topic").value("conditions.all"));
        mvc.perform(get("/api/staff/policy/unanswered").param("status", "ADDED").with(editor.auth()))
                .andExpect(jsonPath("$[?(@.question == '" + q + "')].entryId").value((int) conditions));
        // A count taken before the phrasing took effect (another node, or asks just before) adds up
        // without reopening it; the same question still unanswered well after it was added opens again.
        unanswered.record(q, "conditions.all");
        unanswered.flush();
        assertThat(jdbc.queryForObject("SELECT status FROM policy_unanswered WHERE id = ?", String.class, id)).isEqualTo("ADDED");
        assertThat(jdbc.queryForObject("SELECT times_asked FROM policy_unanswered WHERE id = ?", Integer.class, id)).isEqualTo(2);
        pin("2021-02-10T10:05:00+08:00");
        unanswered.record(q, "conditions.all");
        unanswered.flush();
        assertThat(jdbc.queryForObject("SELECT status FROM policy_unanswered WHERE id = ?", String.class, id)).isEqualTo("OPEN");
        jdbc.update("UPDATE policy_unanswered SET status = 'ADDED' WHERE id = ?", id);
        // Adding it again is refused: it has been dealt with.
        mvc.perform(post("/api/staff/policy/unanswered/{id}/add-to-entry", id).with(editor.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"entryId\":" + conditions + "}")).andExpect(status().isConflict());
        assertThat(count("SELECT COUNT(*) FROM policy_question WHERE entry_id = ? AND text = ?", conditions, q)).isEqualTo(1);
    }

    @Test
    void badRequestsGetAClearErrorAndChangeNothing() throws Exception {
        ask("公司年会去哪里团建好");
        unanswered.flush();
        long id = idOf("公司年会去哪里团建好");
        int phrasings = count("SELECT COUNT(*) FROM policy_question");

        mvc.perform(post("/api/staff/policy/unanswered/{id}/add-to-entry", id).with(editor.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("entryId"));
        mvc.perform(post("/api/staff/policy/unanswered/{id}/add-to-entry", id).with(editor.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"entryId\": 99999999}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/staff/policy/unanswered/{id}/dismiss", 99999999L).with(editor.auth())).andExpect(status().isNotFound());
        // A disabled entry would never answer it.
        jdbc.update("UPDATE policy_entry SET enabled = 0 WHERE topic_key = 'support'");
        try {
            mvc.perform(post("/api/staff/policy/unanswered/{id}/add-to-entry", id).with(editor.auth())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"entryId\":" + entry("support") + "}"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("entryId"));
        } finally {
            jdbc.update("UPDATE policy_entry SET enabled = 1 WHERE topic_key = 'support'");
        }
        mvc.perform(get("/api/staff/policy/unanswered").param("status", "BOGUS").with(editor.auth())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/staff/policy/unanswered").param("limit", "0").with(editor.auth())).andExpect(status().isBadRequest());
        // Only the alliance's editors see and handle them.
        mvc.perform(get("/api/staff/policy/unanswered")).andExpect(status().isUnauthorized());
        Staff city = api.staff(StaffRole.CITY_REVIEWER, "440100");
        mvc.perform(post("/api/staff/policy/unanswered/{id}/dismiss", id).with(city.auth())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT status FROM policy_unanswered WHERE id = ?", String.class, id)).isEqualTo("OPEN");
        assertThat(count("SELECT COUNT(*) FROM policy_question")).isEqualTo(phrasings);

        mvc.perform(post("/api/staff/policy/unanswered/{id}/dismiss", id).with(editor.auth()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISMISSED"));
        mvc.perform(post("/api/staff/policy/unanswered/{id}/dismiss", id).with(editor.auth())).andExpect(status().isConflict());
        // Asked again after dismissal: counted, still dismissed.
        ask("公司年会去哪里团建好");
        unanswered.flush();
        assertThat(jdbc.queryForObject("SELECT times_asked FROM policy_unanswered WHERE id = ?", Integer.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT status FROM policy_unanswered WHERE id = ?", String.class, id)).isEqualTo("DISMISSED");
    }

    @Test
    void noAskIsLostWhileCountsAreWrittenConcurrently() throws Exception {
        int threads = 8;
        int each = 500;
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        List<Thread> askers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    unanswered.record("并发计数的问题", "contacts");
                }
            });
            th.start();
            askers.add(th);
        }
        Thread flusher = new Thread(() -> {
            while (!done.get()) {
                unanswered.flush();
            }
        });
        flusher.start();
        start.countDown();
        for (Thread th : askers) {
            th.join();
        }
        done.set(true);
        flusher.join();
        unanswered.flush();
        assertThat(jdbc.queryForObject("SELECT times_asked FROM policy_unanswered WHERE question = '并发计数的问题'", Integer.class))
                .isEqualTo(threads * each);
    }
}
