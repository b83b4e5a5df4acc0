package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Api.Applicant;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.Pdf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The rows of DESIGN.md's notification table that other tests do not cover, end to end: the move
 * through the API, the outbox rows it wrote (template, channel, recipient), and what the fake
 * WeChat and the fake Aliyun received once the dispatcher sent them.
 *
 * <p>Batch 1 is left as found (every filing made here ends withdrawn or failed); the one test that
 * needs the once-per-batch on-site draw works in batch 2.
 */
class NotificationTableIT extends NoticeTestSupport {

    @AfterEach
    void failureNoticesOffAgain() {
        // The policy switch lives in the shared schema: never leave it on for other tests.
        jdbc.update("UPDATE app_setting SET value = 'false' WHERE name = 'review.notify-failures'");
    }

    @Test
    void aSubmittedFilingGetsAReceiptTemplateMessageAndNothingElse() throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        pin("2021-02-20T09:30:00+08:00");
        long filingId = journeys.submittedFiling(applicant, supplierId, "SECURITY");

        List<Map<String, Object>> rows = filingNotices(filingId);
        assertThat(rows).extracting(r -> r.get("template_key"), r -> r.get("channel"), r -> r.get("recipient"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filing-submitted", "WECHAT", applicant.openid()));
        long id = id(rows.get(0));

        drain();
        List<WechatSent> sent = wechatSentFor(id);
        assertThat(sent).hasSize(1);
        WechatSent m = sent.get(0);
        assertThat(m.templateId()).isEqualTo("TPL_FILING_SUBMITTED");
        assertThat(m.touser()).isEqualTo(applicant.openid());
        assertThat(m.clientMsgId()).isEqualTo("notice-" + id + "-0");
        assertThat(m.data()).containsEntry("thing2", "智能注塑云平台-SECURITY").containsEntry("thing3", "工业互联网安全")
                .containsEntry("time4", "2021年02月20日 09:30");
        assertThat(m.url()).contains("returnTo=%2Fh5%2Ffilings%2F" + filingId);
        assertThat(notice(id)).containsEntry("status", "SENT").containsEntry("platform_id", platformIdOf(id));
        assertThat(smsSentFor(id)).isEmpty();

        // The applicant's own withdrawal sends nothing, and leaves batch 1 as found.
        withdraw(applicant, filingId);
        assertThat(filingNotices(filingId)).hasSize(1);
    }

    @Test
    void aReturnedAndThenRejectedSupplierIsToldEachTimeWithTheReason() throws Exception {
        Applicant applicant = applicant();
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, "440100");
        long supplierId = submittedSupplier(applicant);

        staff(reviewer, post("/api/staff/suppliers/{id}/return", supplierId), "{\"reason\":\"营业执照扫描件不清晰\"}")
                .andExpect(status().isOk());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", supplierId).with(applicant.auth())).andExpect(status().isOk());
        staff(reviewer, post("/api/staff/suppliers/{id}/reject", supplierId), "{\"reason\":\"非工业互联网相关企业\"}")
                .andExpect(status().isOk());

        List<Map<String, Object>> rows = supplierNotices(supplierId);
        // submitted, returned, submitted again, rejected: every one a template message to the follower, no SMS (the
        // review result's SMS form is only a fallback for followers who left).
        assertThat(rows).extracting(r -> r.get("template_key"))
                .containsExactly("supplier-submitted", "supplier-reviewed", "supplier-submitted", "supplier-reviewed");
        assertThat(rows).allMatch(r -> "WECHAT".equals(r.get("channel")) && applicant.openid().equals(r.get("recipient")));
        long returned = id(rows.get(1));
        long rejected = id(rows.get(3));
        assertThat((String) notice(returned).get("rendered")).contains("退回修改").contains("营业执照扫描件不清晰");
        assertThat((String) notice(rejected).get("rendered")).contains("未通过").contains("非工业互联网相关企业");

        drain();
        WechatSent r1 = single(wechatSentFor(returned));
        assertThat(r1.templateId()).isEqualTo("TPL_SUPPLIER_REVIEWED");
        assertThat(r1.touser()).isEqualTo(applicant.openid());
        assertThat(r1.data()).containsEntry("phrase2", "退回修改").containsEntry("thing3", "营业执照扫描件不清晰");
        WechatSent r2 = single(wechatSentFor(rejected));
        assertThat(r2.templateId()).isEqualTo("TPL_SUPPLIER_REVIEWED");
        assertThat(r2.touser()).isEqualTo(applicant.openid());
        assertThat(r2.data()).containsEntry("phrase2", "未通过").containsEntry("thing3", "非工业互联网相关企业");
        assertThat(supplierNotices(supplierId)).allMatch(r -> "SENT".equals(r.get("status")));
        assertThat(ALIYUN.sent()).noneMatch(s -> rows.stream().anyMatch(r -> Long.toString(id(r)).equals(s.outId())));
    }

    /**
     * Batch 2, through the draw: on-site inspection drawn (template message and contact SMS),
     * publicity and publication (result notices by template message only).
     */
    @Test
    void theOnsiteDrawThePublicityAndThePublicationNotifyAsTheTableSays() throws Exception {
        Applicant applicant = applicant();
        String mobile = Api.mobile();
        long supplierId = journeys.approvedSupplier(applicant, mobile);
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);

        pin("2021-08-02T10:00:00+08:00");
        long filingId = journeys.submittedFiling(applicant, supplierId, "NETWORK");
        assertThat(jdbc.queryForObject("SELECT batch_id FROM filing WHERE id = ?", Long.class, filingId)).isEqualTo(2L);
        pin("2021-09-20T10:00:00+08:00");
        staff(alliance, post("/api/staff/filings/prelim"), "{\"filingIds\":[" + filingId + "],\"pass\":true}").andExpect(status().isOk());
        long session = api.read(staff(alliance, post("/api/staff/defense-sessions"),
                "{\"batchId\":2,\"day\":\"2021-10-12\",\"startsAt\":\"09:00\",\"endsAt\":\"12:00\","
                        + "\"venue\":\"联盟第二会议室\",\"address\":\"广州市越秀区东风中路1号\",\"capacity\":10}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        staff(alliance, post("/api/staff/defense-sessions/{id}/assignments", session),
                "[{\"filingId\":" + filingId + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"}]").andExpect(status().isOk());
        pin("2021-10-12T15:00:00+08:00");
        staff(alliance, post("/api/staff/filings/{id}/defense-result", filingId), "{\"outcome\":\"PASSED\"}")
                .andExpect(jsonPath("$.status").value("DEFENSE_DONE"));
        drain();
        long before = maxNoticeId();

        // 现场考察 drawn: a status change by template message and a notice by SMS to the contact.
        staff(alliance, post("/api/staff/onsite-draws"), "{\"batchId\":2,\"mode\":\"PERCENT\",\"amount\":100,\"perCategory\":false}")
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filingId)).isEqualTo("ONSITE_SELECTED");
        List<Map<String, Object>> onsite = noticesSince(filingId, before);
        assertThat(onsite).extracting(r -> r.get("template_key"), r -> r.get("channel"), r -> r.get("recipient"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("onsite-selected", "WECHAT", applicant.openid()),
                        org.assertj.core.groups.Tuple.tuple("onsite-selected", "SMS", mobile));
        long onsiteWechat = idOf(onsite, "WECHAT");
        long onsiteSms = idOf(onsite, "SMS");
        drain();
        WechatSent w = single(wechatSentFor(onsiteWechat));
        assertThat(w.templateId()).isEqualTo("TPL_ONSITE_SELECTED");
        assertThat(w.touser()).isEqualTo(applicant.openid());
        assertThat(w.data()).containsEntry("thing1", "智能注塑云平台-NETWORK").containsEntry("phrase2", "现场考察");
        var sms = single(smsSentFor(onsiteSms));
        assertThat(sms.phoneNumbers()).isEqualTo(mobile);
        assertThat(sms.templateCode()).isEqualTo("SMS_ONSITE");
        assertThat(sms.signName()).isEqualTo("广东省工业互联网产业联盟");
        assertThat(api.read(sms.templateParam()).get("product").asString()).isEqualTo("智能注塑云平台-NETWORK");
        assertThat(api.read(sms.templateParam()).get("company").asString()).isEqualTo("广东测试工业互联网科技有限公司");
        assertThat(notice(onsiteSms)).containsEntry("status", "SENT").containsEntry("platform_id", sms.bizId());
        assertThat(notice(onsiteWechat)).containsEntry("status", "SENT");

        pin("2021-10-13T10:00:00+08:00");
        staff(alliance, post("/api/staff/filings/{id}/onsite-result", filingId), "{\"passed\":true}")
                .andExpect(jsonPath("$.status").value("ONSITE_DONE"));
        drain();

        // 公示: the result notice, by template message only.
        before = maxNoticeId();
        long publicity = api.read(staff(alliance, post("/api/staff/publicities"),
                "{\"filingIds\":[" + filingId + "],\"startsOn\":\"2021-10-14\",\"days\":7}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        List<Map<String, Object>> inPublicity = noticesSince(filingId, before);
        assertThat(inPublicity).extracting(r -> r.get("template_key"), r -> r.get("channel"), r -> r.get("recipient"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filing-result", "WECHAT", applicant.openid()));
        int smsBefore = ALIYUN.sent().size();
        drain();
        WechatSent p = single(wechatSentFor(id(inPublicity.get(0))));
        assertThat(p.templateId()).isEqualTo("TPL_FILING_RESULT");
        assertThat(p.touser()).isEqualTo(applicant.openid());
        assertThat(p.data()).containsEntry("thing1", "智能注塑云平台-NETWORK").containsEntry("phrase2", "公示中")
                .containsEntry("thing3", "公示至2021年10月20日");

        // 正式发布: the result notice again, by template message only.
        pin("2021-10-21T09:00:00+08:00");
        before = maxNoticeId();
        mvc.perform(post("/api/staff/publicities/{id}/publish", publicity).with(alliance.auth()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published[0]").value(filingId));
        List<Map<String, Object>> published = noticesSince(filingId, before);
        assertThat(published).extracting(r -> r.get("template_key"), r -> r.get("channel"), r -> r.get("recipient"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filing-result", "WECHAT", applicant.openid()));
        drain();
        WechatSent r = single(wechatSentFor(id(published.get(0))));
        assertThat(r.templateId()).isEqualTo("TPL_FILING_RESULT");
        assertThat(r.data()).containsEntry("phrase2", "入选").containsEntry("thing3", "已正式发布，入选省资源池");
        assertThat(ALIYUN.sent()).as("no SMS for publicity or publication").hasSize(smsBefore);
        assertThat(filingNotices(filingId)).filteredOn(n -> "filing-result".equals(n.get("template_key")))
                .hasSize(2).allMatch(n -> "SENT".equals(n.get("status")));
    }

    @Test
    void aFailureNotifiesNobodyUnderTheDefaultPolicy() throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        mvc.perform(get("/api/staff/settings").with(admin.auth())).andExpect(jsonPath("$.notifyFailures").value(false));
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        Failures f = failPrelimAndDefense(applicant, supplierId);

        assertThat(noticesSince(f.prelimFailed(), f.beforePrelimFail())).isEmpty();
        assertThat(noticesSince(f.defenseFailed(), f.beforeDefenseFail())).isEmpty();
        drain();
        assertThat(wechatSent()).noneMatch(s -> s.data().containsValue("初步审核未通过") || s.data().containsValue("答辩未通过"));
    }

    @Test
    void aFailureIsNotifiedWithItsReasonWhenThePolicySettingSaysSo() throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        mvc.perform(put("/api/staff/settings").with(admin.auth()).contentType(MediaType.APPLICATION_JSON).content("{\"notifyFailures\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notifyFailures").value(true));
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        Failures f = failPrelimAndDefense(applicant, supplierId);

        List<Map<String, Object>> prelim = noticesSince(f.prelimFailed(), f.beforePrelimFail());
        List<Map<String, Object>> defense = noticesSince(f.defenseFailed(), f.beforeDefenseFail());
        // A status change by template message; the failure has no SMS or email form.
        assertThat(prelim).extracting(r -> r.get("template_key"), r -> r.get("channel"), r -> r.get("recipient"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filing-status", "WECHAT", applicant.openid()));
        assertThat(defense).extracting(r -> r.get("template_key"), r -> r.get("channel"), r -> r.get("recipient"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filing-status", "WECHAT", applicant.openid()));
        drain();
        WechatSent p = single(wechatSentFor(id(prelim.get(0))));
        assertThat(p.templateId()).isEqualTo("TPL_FILING_STATUS");
        assertThat(p.touser()).isEqualTo(applicant.openid());
        assertThat(p.data()).containsEntry("thing2", "初步审核未通过").containsEntry("thing3", "产品材料与所选类别不符");
        WechatSent d = single(wechatSentFor(id(defense.get(0))));
        assertThat(d.templateId()).isEqualTo("TPL_FILING_STATUS");
        assertThat(d.data()).containsEntry("thing2", "答辩未通过").containsEntry("thing3", "现场演示未体现平台能力");
    }

    /** Two filings of one supplier in batch 1: one fails its preliminary review, the other its defense. */
    private record Failures(long prelimFailed, long beforePrelimFail, long defenseFailed, long beforeDefenseFail) {
    }

    private Failures failPrelimAndDefense(Applicant applicant, long supplierId) throws Exception {
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        pin("2021-02-20T09:30:00+08:00");
        long a = journeys.submittedFiling(applicant, supplierId, "APPLICATION");
        long b = journeys.submittedFiling(applicant, supplierId, "PLATFORM");
        pin("2021-03-20T10:00:00+08:00");
        long beforePrelim = maxNoticeId();
        staff(alliance, post("/api/staff/filings/prelim"), "{\"filingIds\":[" + a + "],\"pass\":false,\"reason\":\"产品材料与所选类别不符\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("PRELIM_FAILED"));
        staff(alliance, post("/api/staff/filings/prelim"), "{\"filingIds\":[" + b + "],\"pass\":true}").andExpect(status().isOk());
        long session = api.read(staff(alliance, post("/api/staff/defense-sessions"),
                "{\"batchId\":1,\"day\":\"2021-04-09\",\"startsAt\":\"14:00\",\"endsAt\":\"17:00\","
                        + "\"venue\":\"联盟第三会议室\",\"address\":\"广州市越秀区东风中路1号\",\"capacity\":10}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        staff(alliance, post("/api/staff/defense-sessions/{id}/assignments", session),
                "[{\"filingId\":" + b + ",\"order\":1,\"slotStart\":\"14:00\",\"slotEnd\":\"14:30\"}]").andExpect(status().isOk());
        pin("2021-04-09T16:00:00+08:00");
        long beforeDefense = maxNoticeId();
        staff(alliance, post("/api/staff/filings/{id}/defense-result", b), "{\"outcome\":\"FAILED\",\"reason\":\"现场演示未体现平台能力\"}")
                .andExpect(jsonPath("$.status").value("DEFENSE_FAILED"));
        return new Failures(a, beforePrelim, b, beforeDefense);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private long submittedSupplier(Applicant applicant) throws Exception {
        String body = api.write(Api.completeForm(Api.creditCode(), "440000", "440100"));
        long id = api.read(mvc.perform(post("/api/applicant/suppliers").with(applicant.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(multipart("/api/applicant/suppliers/{id}/files", id)
                .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", Pdf.minimalPdf())).with(applicant.auth()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth())).andExpect(status().isOk());
        return id;
    }

    private void withdraw(Applicant applicant, long filingId) throws Exception {
        mvc.perform(post("/api/applicant/filings/{id}/withdraw", filingId).with(applicant.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"测试结束\"}")).andExpect(status().isOk());
    }

    private ResultActions staff(Staff s, MockHttpServletRequestBuilder req, String body) throws Exception {
        return mvc.perform(req.with(s.auth()).contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private long maxNoticeId() {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM notice", Long.class);
        return max == null ? 0 : max;
    }

    private List<Map<String, Object>> noticesSince(long filingId, long afterId) {
        return jdbc.queryForList("SELECT * FROM notice WHERE filing_id = ? AND id > ? ORDER BY id", filingId, afterId);
    }

    private String platformIdOf(long noticeId) {
        String platformId = jdbc.queryForObject("SELECT platform_id FROM notice WHERE id = ?", String.class, noticeId);
        assertThat(platformId).as("WeChat's msgid").matches("\\d{9,10}");
        return platformId;
    }

    private static long idOf(List<Map<String, Object>> rows, String channel) {
        return rows.stream().filter(r -> channel.equals(r.get("channel"))).map(NoticeTestSupport::id).findFirst().orElseThrow();
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
