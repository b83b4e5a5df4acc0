package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/** Moves become notices in their own transaction, and the dispatcher delivers each once, through WxJava. */
class NotificationsIT extends IntegrationTest {

    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void cleanSlate() {
        FakeWeChat.instance().reset();
        // Notices other tests left unsent in this shared schema must not be counted here.
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status IN ('PENDING', 'SENDING')");
    }

    @AfterEach
    void resetFake() {
        FakeWeChat.instance().reset();
    }

    private List<Map<String, Object>> notices(long supplierId) {
        return jdbc.queryForList("SELECT * FROM notice WHERE supplier_id = ? ORDER BY id", supplierId);
    }

    private void drain() {
        while (dispatcher.dispatchOnce() > 0) {
            // until nothing is due
        }
    }

    private List<LoggedRequest> templateSends() {
        return FakeWeChat.instance().requests("/cgi-bin/message/template/send");
    }

    @Test
    void supplierMovesSendTheirTemplateMessagesOnce() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        List<Map<String, Object>> rows = notices(supplierId);
        assertThat(rows).extracting(r -> r.get("template_key")).containsExactly("supplier-submitted", "supplier-reviewed");
        assertThat(rows).allMatch(r -> "WECHAT".equals(r.get("channel")) && applicant.openid().equals(r.get("recipient")));
        assertThat((String) rows.get(0).get("rendered")).contains("待审核").contains("预计完成");

        drain();
        List<LoggedRequest> sent = templateSends();
        assertThat(sent).hasSize(2);
        // Sent concurrently: find the receipt among them.
        String first = sent.stream().map(LoggedRequest::getBodyAsString).filter(b -> b.contains("TPL_SUPPLIER_SUBMITTED")).findFirst()
                .orElseThrow();
        assertThat(first).contains("TPL_SUPPLIER_SUBMITTED").contains(applicant.openid()).contains("\"client_msg_id\":\"notice-")
                .contains("/wx/oauth/authorize?returnTo=%2Fh5%2Fsuppliers%2F" + supplierId);
        assertThat(notices(supplierId)).allMatch(r -> "SENT".equals(r.get("status")) && ((String) r.get("platform_id")).matches("\\d{9,10}"));
        // Nothing is sent twice.
        drain();
        assertThat(templateSends()).hasSize(2);
    }

    @Test
    void aLongCompanyNameIsCutToWeChatsTwentyCharacters() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        jdbc.update("UPDATE notice SET variables = JSON_SET(variables, '$.companyName', ?) WHERE supplier_id = ?",
                "广东省某某某某某某某某某某某某某某某智能科技有限公司", supplierId);
        drain();
        String body = templateSends().get(0).getBodyAsString();
        String name = "广东省某某某某某某某某某某某某某某某智能科技有限公司";
        // A thing keyword shows 20 characters: 19 and an ellipsis, never a 47003 refusal.
        assertThat(body).contains("\"" + name.substring(0, 19) + "…\"").doesNotContain(name);
    }

    @Autowired
    cn.aiigd.pool.supplier.SupplierRegistrations registrations;

    @Test
    void aMoveThatRollsBackLeavesNoNotice() throws Exception {
        Api.Applicant applicant = api.applicant();
        String created = mvc.perform(post("/api/applicant/suppliers").with(applicant.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(api.write(Api.completeForm(Api.creditCode(), "440000", "440100")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long supplierId = api.read(created).get("id").asLong();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/applicant/suppliers/{id}/files", supplierId)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "营业执照.pdf", "application/pdf",
                        cn.aiigd.pool.support.Pdf.minimalPdf())).with(applicant.auth()));
        tx.executeWithoutResult(s -> {
            registrations.submit(applicant.openid(), supplierId);
            assertThat(count("SELECT COUNT(*) FROM notice WHERE supplier_id = ?", supplierId)).isEqualTo(1);
            s.setRollbackOnly();
        });
        assertThat(count("SELECT COUNT(*) FROM notice WHERE supplier_id = ?", supplierId)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, supplierId)).isEqualTo("DRAFT");
        // And committed, the move comes with exactly its notice.
        registrations.submit(applicant.openid(), supplierId);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE supplier_id = ?", supplierId)).isEqualTo(1);
    }

    @Test
    void transientErrorsRetryLaterAndPermanentOnesStop() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        FakeWeChat.instance().failing("/cgi-bin/message/template/send", 45009, "reach max api daily quota limit");
        dispatcher.dispatchOnce();
        List<Map<String, Object>> rows = notices(supplierId);
        assertThat(rows).allMatch(r -> "PENDING".equals(r.get("status")) && ((Number) r.get("attempts")).intValue() == 1
                && "45009".equals(r.get("last_code")));
        // Not due yet: backoff.
        assertThat(dispatcher.dispatchOnce()).isZero();

        FakeWeChat.instance().reset();
        FakeWeChat.instance().failing("/cgi-bin/message/template/send", 40037, "invalid template_id");
        jdbc.update("UPDATE notice SET next_attempt_at = '2000-01-01' WHERE supplier_id = ?", supplierId);
        dispatcher.dispatchOnce();
        assertThat(notices(supplierId)).allMatch(r -> "FAILED".equals(r.get("status")) && "40037".equals(r.get("last_code")));
        long id = ((Number) notices(supplierId).get(0).get("id")).longValue();
        assertThat(count("SELECT COUNT(*) FROM notice_attempt WHERE notice_id = ?", id)).isEqualTo(2);

        // Staff see it and resend it once the template id is fixed.
        var admin = api.staff(StaffRole.ADMIN, null);
        String list = mvc.perform(get("/api/staff/notices").param("supplierId", Long.toString(supplierId)).param("status", "FAILED")
                .with(admin.auth())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("40037").contains("\"status\":\"FAILED\"").doesNotContain(applicant.openid());
        assertThat(mvc.perform(get("/api/staff/notices/" + id + "/attempts").with(admin.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("45009").contains("40037");
        FakeWeChat.instance().reset();
        assertThat(mvc.perform(post("/api/staff/notices/" + id + "/resend").with(admin.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        dispatcher.dispatchOnce();
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE id = ?", String.class, id)).isEqualTo("SENT");
        // Its automatic tries all carried notice-<id>-0; the staff resend is a new message to WeChat.
        assertThat(templateSends()).extracting(LoggedRequest::getBodyAsString)
                .anyMatch(b -> b.contains("\"client_msg_id\":\"notice-" + id + "-1\""));
        assertThat(mvc.perform(post("/api/staff/notices/" + id + "/resend").with(admin.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(409);
    }

    @Test
    void aCityReviewerSeesOnlyTheirCitysNotices() throws Exception {
        long supplierId = journeys.approvedSupplier(api.applicant());
        var other = api.staff(StaffRole.CITY_REVIEWER, "440300");
        assertThat(mvc.perform(get("/api/staff/notices").param("supplierId", Long.toString(supplierId)).with(other.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/staff/notices").with(other.auth())).andReturn().getResponse().getStatus()).isEqualTo(400);
        var own = api.staff(StaffRole.CITY_REVIEWER, "440100");
        assertThat(mvc.perform(get("/api/staff/notices").param("supplierId", Long.toString(supplierId)).with(own.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        // The expert review's notices are the alliance's, even for the reviewer's own city.
        pin("2021-02-20T09:30:00+08:00");
        Api.Applicant filer = api.applicant();
        long filerSupplier = journeys.approvedSupplier(filer);
        long filingId = journeys.submittedFiling(filer, filerSupplier, "SECURITY");
        long filingNotice = jdbc.queryForObject("SELECT id FROM notice WHERE filing_id = ?", Long.class, filingId);
        String visible = mvc.perform(get("/api/staff/notices").param("supplierId", Long.toString(filerSupplier)).with(own.auth()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(visible).contains("supplier-submitted").doesNotContain("filing-submitted");
        assertThat(mvc.perform(get("/api/staff/notices/" + filingNotice + "/attempts").with(own.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/staff/notices").param("supplierId", Long.toString(filerSupplier))
                .param("filingId", Long.toString(filingId)).with(own.auth())).andReturn().getResponse().getStatus()).isEqualTo(403);
        // Leave batch 1 as found: a filing waiting for its preliminary review holds up the batch's on-site draw.
        assertThat(mvc.perform(post("/api/applicant/filings/{id}/withdraw", filingId).with(filer.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"测试结束\"}")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void twoDispatchersOnOneOutboxSendEachNoticeOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            journeys.approvedSupplier(api.applicant());
        }
        int due = count("SELECT COUNT(*) FROM notice WHERE status = 'PENDING'");
        assertThat(due).isGreaterThanOrEqualTo(12);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> racers = List.of(this::drainCount, this::drainCount, this::drainCount, this::drainCount);
            pool.invokeAll(racers);
        } finally {
            pool.shutdown();
        }
        assertThat(templateSends()).hasSize(due);
        assertThat(templateSends().stream().map(r -> r.getBodyAsString().replaceAll("(?s).*\"client_msg_id\":\"([^\"]+)\".*", "$1")).distinct())
                .hasSize(due);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE status = 'PENDING'")).isZero();
    }

    private int drainCount() {
        int n = 0;
        int got;
        while ((got = dispatcher.dispatchOnce()) > 0) {
            n += got;
        }
        return n;
    }

    @Test
    void aSenderThatDiedMidBatchLosesItsLeaseAndTheNoticeGoesOnce() throws Exception {
        long supplierId = journeys.approvedSupplier(api.applicant());
        // A node leased these and died before sending: the rows are SENDING with a lease in the past.
        jdbc.update("UPDATE notice SET status = 'SENDING', lease_until = '2021-02-10 09:00:00' WHERE supplier_id = ?", supplierId);
        drain();
        assertThat(notices(supplierId)).allMatch(r -> "SENT".equals(r.get("status")));
        assertThat(templateSends()).hasSize(2);
        // A lease still running is left to its holder.
        long other = journeys.approvedSupplier(api.applicant());
        jdbc.update("UPDATE notice SET status = 'SENDING', lease_until = '2021-02-10 11:00:00' WHERE supplier_id = ?", other);
        drain();
        assertThat(notices(other)).allMatch(r -> "SENDING".equals(r.get("status")));
    }

    @Test
    void aSendOutlivingItsLeaseIsTakenOverAndStillDeliveredOnce() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE supplier_id = ? AND template_key = 'supplier-submitted'", supplierId);
        long id = jdbc.queryForObject("SELECT id FROM notice WHERE supplier_id = ? AND template_key = 'supplier-reviewed'", Long.class, supplierId);
        FakeWeChat.instance().templateLatency(1500);
        long deliveredBefore = FakeWeChat.instance().templatesDelivered();
        var pool = Executors.newFixedThreadPool(2);
        try {
            // Sender A claims and is still waiting on WeChat when its lease (2 minutes) has run out...
            var a = pool.submit(() -> dispatcher.dispatchOnce());
            Thread.sleep(500);
            pin("2021-02-10T10:05:00+08:00");
            // ...so sender B takes the notice over and sends it again, with the same client_msg_id.
            var b = pool.submit(() -> dispatcher.dispatchOnce());
            assertThat(a.get()).isEqualTo(1);
            assertThat(b.get()).isEqualTo(1);
        } finally {
            FakeWeChat.instance().templateLatency(0);
            pool.shutdown();
        }
        // WeChat delivered it once; only the holder of the current lease settled it.
        assertThat(FakeWeChat.instance().templatesDelivered() - deliveredBefore).isEqualTo(1);
        assertThat(templateSends()).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE id = ?", String.class, id)).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("SELECT attempts FROM notice WHERE id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notice_attempt WHERE notice_id = ?", id)).isEqualTo(2);
    }

    @Test
    void templatesPreviewWithSampleData() throws Exception {
        var staff = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        String preview = mvc.perform(post("/api/staff/message-templates/defense-invited/preview").with(staff.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"venue\":\"一个名字非常非常非常长的会议室，超过了二十个字的限制\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("\"thing3\":\"" + "一个名字非常非常非常长的会议室，超过了二十个字的限制".substring(0, 19) + "…\"")
                .contains("集中答辩");
        assertThat(mvc.perform(post("/api/staff/message-templates/nope/preview").with(staff.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
