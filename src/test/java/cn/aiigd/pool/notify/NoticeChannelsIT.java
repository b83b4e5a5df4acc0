package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.fake.FakeAliyunSms;
import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The defense invitation on all three channels, SMS through the real Aliyun client against the
 * signature-checking fake, the SMS fallback when a follower has left, quiet hours, and receipts.
 */
class NoticeChannelsIT extends IntegrationTest {

    static final FakeAliyunSms ALIYUN = new FakeAliyunSms();

    @DynamicPropertySource
    static void aliyun(DynamicPropertyRegistry r) {
        r.add("aliyun.sms.access-key-id", () -> FakeAliyunSms.ACCESS_KEY);
        r.add("aliyun.sms.access-key-secret", () -> FakeAliyunSms.SECRET);
        r.add("aliyun.sms.endpoint", ALIYUN::endpoint);
        r.add("aliyun.sms.protocol", () -> "HTTP");
        r.add("aliyun.sms.templates.defense-invited", () -> "SMS_DEFENSE");
        r.add("aliyun.sms.templates.onsite-selected", () -> "SMS_ONSITE");
        r.add("aliyun.sms.templates.supplier-reviewed", () -> "SMS_REVIEWED");
        r.add("aliyun.sms.templates.defense-reminder", () -> "SMS_REMINDER");
        r.add("aliyun.sms.report-secret", () -> "report-secret-123");
    }

    @AfterAll
    static void stop() {
        ALIYUN.stop();
    }

    @Autowired
    NoticeDispatcher dispatcher;

    @BeforeEach
    void cleanSlate() {
        FakeWeChat.instance().reset();
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status IN ('PENDING', 'SENDING')");
    }

    @AfterEach
    void resetFake() {
        FakeWeChat.instance().reset();
    }

    private void drain() {
        while (dispatcher.dispatchOnce() > 0) {
            // until nothing is due
        }
    }

    private long invitedFiling(Api.Applicant applicant) throws Exception {
        long supplierId = journeys.approvedSupplier(applicant);
        pin("2021-02-20T09:30:00+08:00");
        long filingId = journeys.submittedFiling(applicant, supplierId, "PLATFORM");
        var alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        pin("2021-03-20T10:00:00+08:00");
        mvc.perform(post("/api/staff/filings/prelim").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"filingIds\":[" + filingId + "],\"pass\":true}"));
        String session = mvc.perform(post("/api/staff/defense-sessions").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"batchId\":1,\"day\":\"2021-04-08\",\"startsAt\":\"09:00\",\"endsAt\":\"12:00\","
                        + "\"venue\":\"联盟第一会议室\",\"address\":\"广州市越秀区东风中路1号\",\"capacity\":10}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long sessionId = api.read(session).get("id").asLong();
        mvc.perform(post("/api/staff/defense-sessions/{id}/assignments", sessionId).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"filingId\":" + filingId + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"}]"));
        return filingId;
    }

    private List<Map<String, Object>> noticesOf(long filingId, String template) {
        return jdbc.queryForList("SELECT * FROM notice WHERE filing_id = ? AND template_key = ? ORDER BY channel", filingId, template);
    }

    @Test
    void aDefenseInvitationGoesByTemplateMessageSmsAndEmail() throws Exception {
        Api.Applicant applicant = api.applicant();
        long filingId = invitedFiling(applicant);
        List<Map<String, Object>> rows = noticesOf(filingId, "defense-invited");
        assertThat(rows).extracting(r -> r.get("channel")).containsExactly("EMAIL", "SMS", "WECHAT");
        assertThat((String) rows.get(1).get("rendered")).contains("联盟第一会议室").contains("2021年04月08日 09:00~09:30").contains("第1位");

        drain();
        assertThat(noticesOf(filingId, "defense-invited")).allMatch(r -> "SENT".equals(r.get("status")));
        FakeAliyunSms.Sent sms = ALIYUN.sent().stream().filter(s -> "SMS_DEFENSE".equals(s.templateCode())).reduce((a, b) -> b).orElseThrow();
        long smsId = ((Number) rows.get(1).get("id")).longValue();
        assertThat(sms.outId()).isEqualTo(Long.toString(smsId));
        assertThat(sms.templateParam()).contains("联盟第一会议室").contains("\"order\":\"1\"");
        assertThat(FakeWeChat.instance().requests("/cgi-bin/message/template/send")).anyMatch(r -> r.getBodyAsString().contains("TPL_DEFENSE_INVITED"));
        // No mail server configured here: the email is recorded, readable.
        assertThat(count("SELECT COUNT(*) FROM recorded_message WHERE channel = 'EMAIL' AND content LIKE '%集中答辩%'")).isPositive();
        var admin = api.staff(StaffRole.ADMIN, null);
        String recorded = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/staff/recorded-messages")
                .with(admin.auth())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(recorded).contains("\"channel\":\"EMAIL\"").contains("集中答辩").doesNotContain("contact@example.com");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/staff/recorded-messages")
                .with(api.staff(StaffRole.ALLIANCE_REVIEWER, null).auth())).andReturn().getResponse().getStatus()).isEqualTo(403);

        // Aliyun's delivery receipt, pushed to the secret URL, marks the SMS delivered.
        String report = "[{\"phone_number\":\"" + sms.phoneNumbers() + "\",\"success\":true,\"biz_id\":\"" + sms.bizId()
                + "\",\"out_id\":\"" + smsId + "\",\"err_code\":\"DELIVERED\",\"err_msg\":\"用户接收成功\"}]";
        assertThat(mvc.perform(post("/api/public/sms-report/wrong").contentType(MediaType.APPLICATION_JSON).content(report))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String ack = mvc.perform(post("/api/public/sms-report/report-secret-123").contentType(MediaType.APPLICATION_JSON).content(report))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ack).contains("\"code\":0").contains("接收成功");
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE id = ?", String.class, smsId)).isEqualTo("DELIVERED");
    }

    @Autowired
    DefenseReminders reminders;

    @Test
    void theDayBeforeADefenseItsApplicantIsRemindedOnce() throws Exception {
        Api.Applicant applicant = api.applicant();
        long filingId = invitedFiling(applicant);
        pin("2021-04-07T09:00:00+08:00");
        assertThat(reminders.remindFor(java.time.LocalDate.of(2021, 4, 7))).isZero();
        assertThat(reminders.remindFor(java.time.LocalDate.of(2021, 4, 8))).isGreaterThanOrEqualTo(1);
        // A second node (or a second run) writes nothing more.
        reminders.remindFor(java.time.LocalDate.of(2021, 4, 8));
        List<Map<String, Object>> rows = noticesOf(filingId, "defense-reminder");
        assertThat(rows).extracting(r -> r.get("channel")).containsExactly("SMS", "WECHAT");
        assertThat((String) rows.get(0).get("rendered")).contains("明天").contains("联盟第一会议室").contains("第1位");
    }

    @Test
    void aFollowerWhoLeftGetsTheSmsFormInsteadOnce() throws Exception {
        Api.Applicant applicant = api.applicant();
        Api.Applicant colleague = api.applicant();
        FakeWeChat.instance().failing("/cgi-bin/message/template/send", 43004, "require subscribe");
        long supplierId = journeys.approvedSupplier(applicant);
        jdbc.update("INSERT INTO supplier_binding (supplier_id, openid, role, bound_at) VALUES (?, ?, 'MEMBER', NOW())",
                supplierId, colleague.openid());
        // The review result goes to both followers; both have left.
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE supplier_id = ? AND template_key = 'supplier-submitted'", supplierId);
        String key = jdbc.queryForObject("SELECT idempotency_key FROM notice WHERE supplier_id = ? AND template_key = 'supplier-reviewed'",
                String.class, supplierId);
        jdbc.update("INSERT INTO notice (idempotency_key, template_key, channel, recipient, supplier_id, variables, rendered, urgent, status, "
                + "attempts, next_attempt_at, created_at, updated_at) SELECT REPLACE(idempotency_key, recipient, ?), template_key, channel, ?, "
                + "supplier_id, variables, rendered, urgent, status, 0, next_attempt_at, created_at, updated_at FROM notice WHERE idempotency_key = ?",
                colleague.openid(), colleague.openid(), key);
        int smsBefore = ALIYUN.sent().size();
        drain();
        var wechat = jdbc.queryForList("SELECT * FROM notice WHERE supplier_id = ? AND template_key = 'supplier-reviewed' AND channel = 'WECHAT'",
                supplierId);
        assertThat(wechat).hasSize(2).allMatch(r -> "FAILED".equals(r.get("status")) && "43004".equals(r.get("last_code")));
        // One SMS in their place, not one per follower, through Aliyun with the notice's fallback form.
        var sms = jdbc.queryForList("SELECT * FROM notice WHERE supplier_id = ? AND template_key = 'supplier-reviewed' AND channel = 'SMS'",
                supplierId);
        assertThat(sms).hasSize(1).allMatch(r -> "SENT".equals(r.get("status")));
        assertThat(ALIYUN.sent().size()).isEqualTo(smsBefore + 1);
        assertThat(ALIYUN.sent().get(ALIYUN.sent().size() - 1).templateCode()).isEqualTo("SMS_REVIEWED");
    }

    @Test
    void aNoticeAlreadyGoingBySmsIsNotDoubledByTheFallback() throws Exception {
        Api.Applicant applicant = api.applicant();
        long filingId = invitedFiling(applicant);
        FakeWeChat.instance().failing("/cgi-bin/message/template/send", 43004, "require subscribe");
        drain();
        assertThat(noticesOf(filingId, "defense-invited").stream().filter(r -> "SMS".equals(r.get("channel")))).hasSize(1);
        assertThat(ALIYUN.sent().stream().filter(s -> "SMS_DEFENSE".equals(s.templateCode()) && s.outId() != null
                && s.outId().equals(noticesOf(filingId, "defense-invited").stream().filter(r -> "SMS".equals(r.get("channel")))
                .findFirst().orElseThrow().get("id").toString()))).hasSize(1);
    }

    @Test
    void smsWaitsForTheMorningInQuietHours() throws Exception {
        Api.Applicant applicant = api.applicant();
        long filingId = invitedFiling(applicant);
        pin("2021-03-20T22:30:00+08:00");
        drain();
        var smsRow = noticesOf(filingId, "defense-invited").stream().filter(r -> "SMS".equals(r.get("channel"))).findFirst().orElseThrow();
        assertThat(smsRow.get("status")).isEqualTo("PENDING");
        assertThat(smsRow.get("next_attempt_at").toString()).as("next morning").startsWith("2021-03-21T08:00");
        assertThat(((Number) smsRow.get("attempts")).intValue()).isZero();
        // The template message did not wait.
        assertThat(noticesOf(filingId, "defense-invited")).anyMatch(r -> "WECHAT".equals(r.get("channel")) && "SENT".equals(r.get("status")));
        pin("2021-03-21T08:00:01+08:00");
        drain();
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE id = ?", String.class, smsRow.get("id"))).isEqualTo("SENT");
    }

    @Test
    void weChatsTemplateReceiptMarksTheNoticeDelivered() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        drain();
        long id = jdbc.queryForObject("SELECT id FROM notice WHERE supplier_id = ? AND template_key = 'supplier-reviewed'", Long.class, supplierId);
        String msgId = jdbc.queryForObject("SELECT platform_id FROM notice WHERE id = ?", String.class, id);
        String xml = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[" + applicant.openid() + "]]></FromUserName>"
                + "<CreateTime>" + (System.currentTimeMillis() / 1000) + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>" + msgId + "</MsgID><Status><![CDATA[success]]></Status></xml>";
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        mvc.perform(post("/wx/portal/wxtestapp00000001").param("signature", me.chanjar.weixin.common.util.crypto.SHA1.gen("pamtest", ts, "r1"))
                .param("timestamp", ts).param("nonce", "r1").contentType("text/xml").content(xml));
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE id = ?", String.class, id)).isEqualTo("DELIVERED");
    }
}
