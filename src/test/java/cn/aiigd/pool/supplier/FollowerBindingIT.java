package cn.aiigd.pool.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Binding a colleague's WeChat to a supplier by an SMS code to the contact mobile on record. */
class FollowerBindingIT extends IntegrationTest {

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    cn.aiigd.pool.common.redis.RedisKeys keys;

    long supplierId;
    String creditCode;
    String mobile;

    @BeforeEach
    void aSupplier() throws Exception {
        supplierId = journeys.approvedSupplier(api.applicant());
        creditCode = jdbc.queryForObject("SELECT credit_code FROM supplier WHERE id = ?", String.class, supplierId);
        mobile = jdbc.queryForObject("SELECT contact_mobile FROM supplier WHERE id = ?", String.class, supplierId);
        // Each test starts with the mobile's send limits clear (the fixture's mobile may repeat).
        var stale = redis.keys(keys.key("bind") + ":*");
        if (stale != null && !stale.isEmpty()) {
            redis.delete(stale);
        }
    }

    private MvcResult sendCode(Api.Applicant who, String cc) throws Exception {
        return mvc.perform(post("/api/applicant/bindings/code").with(who.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"creditCode\":\"" + cc + "\"}")).andReturn();
    }

    private MvcResult bind(Api.Applicant who, String code) throws Exception {
        return mvc.perform(post("/api/applicant/bindings").with(who.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"creditCode\":\"" + creditCode + "\",\"code\":\"" + code + "\"}")).andReturn();
    }

    /** The code as the recording SMS channel stored it: what the contact's phone would show. */
    private String lastCode() {
        String text = jdbc.queryForObject("SELECT content FROM recorded_message WHERE channel = 'SMS' AND recipient = ? ORDER BY id DESC LIMIT 1",
                String.class, mobile);
        Matcher m = Pattern.compile("验证码(\\d{6})").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aColleagueBindsWithTheCodeSentToTheContactMobile() throws Exception {
        var colleague = api.applicant();
        MvcResult sent = sendCode(colleague, creditCode.toLowerCase());
        assertThat(sent.getResponse().getStatus()).isEqualTo(200);
        String body = sent.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("****").doesNotContain(mobile).contains("\"validSeconds\":300");
        MvcResult bound = bind(colleague, lastCode());
        assertThat(bound.getResponse().getStatus()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM supplier_binding WHERE supplier_id = ? AND openid = ?", supplierId, colleague.openid())).isEqualTo(1);
        assertThat(mvc.perform(get("/api/applicant/suppliers/" + supplierId).with(colleague.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        // Already bound: nothing more to send.
        assertThat(sendCode(colleague, creditCode).getResponse().getStatus()).isEqualTo(409);

        // Staff unbind (the colleague left); the supplier disappears from their view.
        var staff = api.staff(StaffRole.ADMIN, null);
        assertThat(mvc.perform(delete("/api/staff/suppliers/" + supplierId + "/bindings/" + colleague.openid()).with(staff.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/applicant/suppliers/" + supplierId).with(colleague.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void wrongCreditCodesAndUnknownCompaniesAreRefusedAndSendNothing() throws Exception {
        var who = api.applicant();
        int before = count("SELECT COUNT(*) FROM recorded_message");
        MvcResult bad = sendCode(who, "91440101MA59XXXXX1");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("creditCode");
        assertThat(sendCode(who, Api.creditCodeIn("440101")).getResponse().getStatus()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM recorded_message")).isEqualTo(before);
    }

    @Test
    void fiveWrongCodesVoidItAndGuessingAfterwardsFails() throws Exception {
        var attacker = api.applicant();
        assertThat(sendCode(attacker, creditCode).getResponse().getStatus()).isEqualTo(200);
        String right = lastCode();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            assertThat(bind(attacker, wrong).getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("还可尝试" + (5 - i) + "次");
        }
        assertThat(bind(attacker, wrong).getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("错误次数过多");
        // Even the right code is no good now.
        MvcResult late = bind(attacker, right);
        assertThat(late.getResponse().getStatus()).isEqualTo(400);
        assertThat(late.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("已失效");
        assertThat(count("SELECT COUNT(*) FROM supplier_binding WHERE supplier_id = ? AND openid = ?", supplierId, attacker.openid())).isZero();
    }

    @Test
    void sendsAreLimitedPerMobile() throws Exception {
        // Different colleagues, one contact phone: the phone's limits hold across them.
        assertThat(sendCode(api.applicant(), creditCode).getResponse().getStatus()).isEqualTo(200);
        MvcResult again = sendCode(api.applicant(), creditCode);
        assertThat(again.getResponse().getStatus()).isEqualTo(429);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("秒后重试");
        // Past the minute (the gap key gone), up to five an hour.
        for (int i = 2; i <= 5; i++) {
            redis.delete(redis.keys(keys.key("bind", "gap") + ":*"));
            assertThat(sendCode(api.applicant(), creditCode).getResponse().getStatus()).as("send " + i).isEqualTo(200);
        }
        redis.delete(redis.keys(keys.key("bind", "gap") + ":*"));
        MvcResult sixth = sendCode(api.applicant(), creditCode);
        assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
        assertThat(sixth.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("1小时内");
    }

    @Test
    void oneFollowerCannotProbeOrSpamWithoutLimit() throws Exception {
        var prober = api.applicant();
        for (int i = 0; i < 5; i++) {
            assertThat(sendCode(prober, Api.creditCodeIn("440101")).getResponse().getStatus()).isEqualTo(404);
        }
        MvcResult sixth = sendCode(prober, Api.creditCodeIn("440101"));
        assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
        assertThat(sixth.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("操作过于频繁");
    }

    @Test
    void parallelGuessesCannotOutrunTheFiveTryLimit() throws Exception {
        var attacker = api.applicant();
        assertThat(sendCode(attacker, creditCode).getResponse().getStatus()).isEqualTo(200);
        String right = lastCode();
        java.util.List<java.util.concurrent.Callable<Integer>> guesses = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String guess = String.format("%06d", (Integer.parseInt(right) + 1 + i) % 1_000_000);
            guesses.add(() -> bind(attacker, guess).getResponse().getStatus());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            pool.invokeAll(guesses);
        } finally {
            pool.shutdown();
        }
        // However they interleaved, the code is void now: even the right one fails.
        assertThat(bind(attacker, right).getResponse().getStatus()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM supplier_binding WHERE supplier_id = ? AND openid = ?", supplierId, attacker.openid())).isZero();
    }

    @Test
    void theCodeOnlyWorksForTheFollowerItWasSentFor() throws Exception {
        var asker = api.applicant();
        var other = api.applicant();
        sendCode(asker, creditCode);
        assertThat(bind(other, lastCode()).getResponse().getStatus()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM supplier_binding WHERE openid = ?", other.openid())).isZero();
    }
}
