package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.aiigd.pool.fake.FakeAliyunSms;
import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What the notice tests share: the real WxJava client against {@link FakeWeChat}, the real Aliyun
 * client against one signature-checking {@link FakeAliyunSms}, and the dispatcher driven by hand.
 * The subclasses share one application context (the property source is this class's), so the
 * fake lives as long as the test JVM and is never stopped here.
 */
abstract class NoticeTestSupport extends IntegrationTest {

    static final FakeAliyunSms ALIYUN = new FakeAliyunSms();
    static final String TEMPLATE_SEND = "/cgi-bin/message/template/send";
    static final String REPORT_SECRET = "report-secret-notice-tests";

    @DynamicPropertySource
    static void aliyun(DynamicPropertyRegistry r) {
        r.add("aliyun.sms.access-key-id", () -> FakeAliyunSms.ACCESS_KEY);
        r.add("aliyun.sms.access-key-secret", () -> FakeAliyunSms.SECRET);
        r.add("aliyun.sms.endpoint", ALIYUN::endpoint);
        r.add("aliyun.sms.protocol", () -> "HTTP");
        r.add("aliyun.sms.templates.defense-invited", () -> "SMS_DEFENSE");
        r.add("aliyun.sms.templates.defense-reminder", () -> "SMS_REMINDER");
        r.add("aliyun.sms.templates.onsite-selected", () -> "SMS_ONSITE");
        r.add("aliyun.sms.templates.supplier-reviewed", () -> "SMS_REVIEWED");
        r.add("aliyun.sms.templates.filing-result", () -> "SMS_RESULT");
        r.add("aliyun.sms.report-secret", () -> REPORT_SECRET);
    }

    @Autowired
    NoticeDispatcher dispatcher;

    @BeforeEach
    void cleanSlate() {
        FakeWeChat.instance().reset();
        FakeWeChat.instance().templateLatency(0);
        // Notices other tests left unsent in this shared schema must not be counted here.
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status IN ('PENDING', 'SENDING')");
    }

    @AfterEach
    void resetFakes() {
        FakeWeChat.instance().templateLatency(0);
        FakeWeChat.instance().reset();
    }

    /** Dispatches until nothing is due (at the pinned time). */
    void drain() {
        while (dispatcher.dispatchOnce() > 0) {
            // until nothing is due
        }
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    List<Map<String, Object>> supplierNotices(long supplierId) {
        return jdbc.queryForList("SELECT * FROM notice WHERE supplier_id = ? ORDER BY id", supplierId);
    }

    List<Map<String, Object>> filingNotices(long filingId) {
        return jdbc.queryForList("SELECT * FROM notice WHERE filing_id = ? ORDER BY id", filingId);
    }

    Map<String, Object> notice(long id) {
        return jdbc.queryForMap("SELECT * FROM notice WHERE id = ?", id);
    }

    static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    static int attempts(Map<String, Object> row) {
        return ((Number) row.get("attempts")).intValue();
    }

    LocalDateTime nextAttemptAt(long noticeId) {
        return jdbc.queryForObject("SELECT next_attempt_at FROM notice WHERE id = ?", LocalDateTime.class, noticeId);
    }

    List<String> attemptOutcomes(long noticeId) {
        return jdbc.queryForList("SELECT outcome FROM notice_attempt WHERE notice_id = ? ORDER BY id", String.class, noticeId);
    }

    /** One template message as the fake WeChat received it. */
    record WechatSent(String accessToken, String touser, String templateId, String clientMsgId, String url, Map<String, String> data) {
    }

    List<WechatSent> wechatSent() {
        return FakeWeChat.instance().requests(TEMPLATE_SEND).stream().map(this::parse).toList();
    }

    private WechatSent parse(LoggedRequest r) {
        JsonNode b = api.read(r.getBodyAsString());
        Map<String, String> data = new LinkedHashMap<>();
        JsonNode d = b.get("data");
        if (d != null) {
            d.properties().forEach(e -> data.put(e.getKey(), e.getValue().get("value").asString()));
        }
        return new WechatSent(r.queryParameter("access_token").firstValue(), text(b, "touser"), text(b, "template_id"),
                text(b, "client_msg_id"), text(b, "url"), data);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The template sends that carried this notice (its client_msg_id is notice-ID-ATTEMPTS). */
    List<WechatSent> wechatSentFor(long noticeId) {
        return wechatSent().stream().filter(s -> s.clientMsgId() != null && s.clientMsgId().startsWith("notice-" + noticeId + "-")).toList();
    }

    /** The SMS the fake Aliyun accepted for this notice (OutId = outbox id). */
    List<FakeAliyunSms.Sent> smsSentFor(long noticeId) {
        return ALIYUN.sent().stream().filter(s -> Long.toString(noticeId).equals(s.outId())).toList();
    }

    /** The staff console's notice list (GET /api/staff/notices) for a supplier, as an admin sees it. */
    JsonNode staffNotices(long supplierId, String status) throws Exception {
        var admin = api.staff(StaffRole.ADMIN, null);
        var req = get("/api/staff/notices").param("supplierId", Long.toString(supplierId)).with(admin.auth());
        if (status != null) {
            req.param("status", status);
        }
        var response = mvc.perform(req).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return api.read(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The staff console's attempts of one notice. */
    JsonNode staffAttempts(long noticeId) throws Exception {
        var admin = api.staff(StaffRole.ADMIN, null);
        var response = mvc.perform(get("/api/staff/notices/{id}/attempts", noticeId).with(admin.auth())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return api.read(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Finds one row of a staff listing by notice id. */
    static JsonNode byId(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("notice " + id + " is not in the staff listing " + list);
    }

    Api.Applicant applicant() {
        return api.applicant();
    }
}
