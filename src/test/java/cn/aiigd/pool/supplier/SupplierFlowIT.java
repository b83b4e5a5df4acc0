package cn.aiigd.pool.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Api.Applicant;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Pdf;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A supplier from draft to decision, through the HTTP API, on the real database. */
@RecordApplicationEvents
class SupplierFlowIT extends IntegrationTest {

    static final String GUANGZHOU = "440100";
    static final String SHENZHEN = "440300";

    @Test
    void guangdongSupplierIsRoutedToItsCityAndApprovedWithinFiveWorkingDays(ApplicationEvents events) throws Exception {
        Applicant applicant = api.applicant();
        long id = createComplete(applicant, GUANGZHOU);
        upload(applicant, id, "营业执照.pdf", Pdf.minimalPdf());

        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
                .andExpect(jsonPath("$.reviewScope").value(GUANGZHOU))
                // Submitted 2021-02-10: Spring Festival 02-11…17 off, Saturday 02-20 worked.
                .andExpect(jsonPath("$.reviewDueOn").value("2021-02-23"));

        Staff guangzhou = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        Staff shenzhen = api.staff(StaffRole.CITY_REVIEWER, SHENZHEN);
        mvc.perform(get("/api/staff/suppliers").with(guangzhou.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].reviewDueOn").value("2021-02-23"));
        mvc.perform(get("/api/staff/suppliers").with(shenzhen.auth()))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());

        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(guangzhou.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));

        mvc.perform(get("/api/applicant/suppliers/{id}/history", id).with(applicant.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", contains("CREATE", "SUBMIT", "APPROVE")))
                .andExpect(jsonPath("$[1].dueOn").value("2021-02-23"))
                // Applicants never see a reviewer's account name; staff do.
                .andExpect(jsonPath("$[2].actor").value("审核工作人员"));
        mvc.perform(get("/api/staff/suppliers/{id}/history", id).with(guangzhou.auth()))
                .andExpect(jsonPath("$[2].actor").value(guangzhou.username()))
                // The applicant's openid is masked for staff too: nobody reading a history needs it whole.
                .andExpect(jsonPath("$[0].actor").value(cn.aiigd.pool.common.pii.Masking.openid(applicant.openid())))
                .andExpect(jsonPath("$[0].actor").value(org.hamcrest.Matchers.not(applicant.openid())));

        List<SupplierStatusChanged> moves = events.stream(SupplierStatusChanged.class)
                .filter(e -> e.supplierId() == id).toList();
        assertThat(moves).extracting(SupplierStatusChanged::action)
                .containsExactly(SupplierAction.CREATE, SupplierAction.SUBMIT, SupplierAction.APPROVE);
        SupplierStatusChanged submitted = moves.get(1);
        assertThat(submitted.reviewDueOn()).hasToString("2021-02-23");
        assertThat(submitted.boundOpenids()).containsExactly(applicant.openid());
        assertThat(submitted.contactMobile()).isEqualTo("13800001234");
    }

    @Test
    void suppliersOutsideGuangdongGoToTheAlliance() throws Exception {
        Applicant applicant = api.applicant();
        String body = api.write(Api.completeForm(Api.creditCodeIn("110105"), "810000", null));
        long id = create(applicant, body);
        upload(applicant, id, "商业登记证.png", Pdf.minimalPng());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(jsonPath("$.reviewScope").value("ALLIANCE"));

        Staff city = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(city.auth()))
                .andExpect(status().isForbidden());
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        mvc.perform(get("/api/staff/suppliers").param("city", "ALLIANCE").with(alliance.auth()))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isNotEmpty());
        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(alliance.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void allianceSeesButCannotDecideACityCase() throws Exception {
        Applicant applicant = api.applicant();
        long id = submitted(applicant, SHENZHEN);
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        mvc.perform(get("/api/staff/suppliers/{id}", id).with(alliance.auth())).andExpect(status().isOk());
        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(alliance.auth()))
                .andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void returnedSupplierIsEditedAndResubmittedWithANewDueDate() throws Exception {
        Applicant applicant = api.applicant();
        long id = submitted(applicant, GUANGZHOU);
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);

        mvc.perform(post("/api/staff/suppliers/{id}/return", id).with(reviewer.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"请补充广东省内案例的合同材料\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.lastReason").value("请补充广东省内案例的合同材料"));

        pin("2021-02-22T09:00:00+08:00");
        var form = Api.completeForm(creditCodeOf(id), "440000", GUANGZHOU);
        mvc.perform(put("/api/applicant/suppliers/{id}", id).with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(api.write(form)))
                .andExpect(status().isOk());
        upload(applicant, id, "合同.pdf", Pdf.minimalPdf());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
                .andExpect(jsonPath("$.reviewDueOn").value("2021-03-01"));
        assertThat(jdbc.queryForList("SELECT action FROM supplier_history WHERE supplier_id = ? ORDER BY id", String.class, id))
                .containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT");
    }

    @Test
    void rejectionNeedsAReasonAndIsFinal() throws Exception {
        Applicant applicant = api.applicant();
        long id = submitted(applicant, GUANGZHOU);
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);

        mvc.perform(post("/api/staff/suppliers/{id}/reject", id).with(reviewer.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(statusOf(id)).isEqualTo("PENDING_REVIEW");

        mvc.perform(post("/api/staff/suppliers/{id}/reject", id).with(reviewer.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"非独立法人单位\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/applicant/suppliers/{id}", id).with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Api.completeForm(creditCodeOf(id), "440000", GUANGZHOU))))
                .andExpect(status().isConflict());
    }

    @Test
    void aRejectedOrWithdrawnSupplierCanBeReopenedAndTriedAgain() throws Exception {
        Applicant applicant = api.applicant();
        long id = submitted(applicant, GUANGZHOU);
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        mvc.perform(post("/api/staff/suppliers/{id}/reject", id).with(reviewer.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"材料不全\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/applicant/suppliers/{id}/reopen", id).with(applicant.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_REVIEW"));
        // Only dead records reopen.
        mvc.perform(post("/api/applicant/suppliers/{id}/reopen", id).with(applicant.auth()))
                .andExpect(status().isConflict());
    }

    @Test
    void applicantCanWithdrawWhileUnderReview() throws Exception {
        Applicant applicant = api.applicant();
        long id = submitted(applicant, GUANGZHOU);
        mvc.perform(post("/api/applicant/suppliers/{id}/withdraw", id).with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"不同意承诺\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(reviewer.auth()))
                .andExpect(status().isConflict());
    }

    @Test
    void queueIsOrderedByDueDateAndFlagsOverdueAndDueToday() throws Exception {
        String city = "440600"; // 佛山
        Applicant a = api.applicant();
        pin("2021-03-01T10:00:00+08:00");
        long early = submitted(a, city);          // due 2021-03-08
        pin("2021-03-03T10:00:00+08:00");
        long middle = submitted(a, city);         // due 2021-03-10
        pin("2021-03-04T10:00:00+08:00");
        long late = submitted(a, city);           // due 2021-03-11
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, city);

        pin("2021-03-10T09:00:00+08:00");
        mvc.perform(get("/api/staff/suppliers").with(reviewer.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.overdue").value(1))
                .andExpect(jsonPath("$.dueToday").value(1))
                .andExpect(jsonPath("$.items[*].id", contains((int) early, (int) middle, (int) late)))
                .andExpect(jsonPath("$.items[0].overdue").value(true))
                .andExpect(jsonPath("$.items[1].dueToday").value(true))
                .andExpect(jsonPath("$.items[2].overdue").value(false));
        mvc.perform(get("/api/staff/suppliers").param("size", "2").param("page", "2").with(reviewer.auth()))
                .andExpect(jsonPath("$.items[*].id", contains((int) late)));
    }

    @Test
    void filesAreStoredWithChecksumAndServedBackToOwnerAndReviewer() throws Exception {
        Applicant applicant = api.applicant();
        long id = createComplete(applicant, GUANGZHOU);
        byte[] pdf = Pdf.minimalPdf();
        String body = mvc.perform(multipart("/api/applicant/suppliers/{id}/files", id)
                        .file(new MockMultipartFile("file", "资质证书.pdf", "application/pdf", pdf))
                        .param("kind", "QUALIFICATION").with(applicant.auth()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(sha256(pdf)))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andReturn().getResponse().getContentAsString();
        long fileId = api.read(body).get("id").asLong();
        mvc.perform(get("/api/applicant/suppliers/{id}/files/{f}", id, fileId).with(applicant.auth()))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf));
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        mvc.perform(get("/api/staff/suppliers/{id}/files/{f}", id, fileId).with(reviewer.auth()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        Staff other = api.staff(StaffRole.CITY_REVIEWER, SHENZHEN);
        mvc.perform(get("/api/staff/suppliers/{id}/files/{f}", id, fileId).with(other.auth()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/applicant/suppliers/{id}/files/{f}", id, fileId).with(api.applicant().auth()))
                .andExpect(status().isNotFound());
    }

    // ---- helpers -------------------------------------------------------------------------------

    long submitted(Applicant applicant, String city) throws Exception {
        long id = createComplete(applicant, city);
        upload(applicant, id, "营业执照.pdf", Pdf.minimalPdf());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isOk());
        return id;
    }

    long createComplete(Applicant applicant, String city) throws Exception {
        return create(applicant, api.write(Api.completeForm(Api.creditCodeIn(city), "440000", city)));
    }

    long create(Applicant applicant, String body) throws Exception {
        String json = mvc.perform(post("/api/applicant/suppliers").with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return api.read(json).get("id").asLong();
    }

    void upload(Applicant applicant, long id, String name, byte[] bytes) throws Exception {
        mvc.perform(multipart("/api/applicant/suppliers/{id}/files", id)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("kind", "BUSINESS_LICENSE").with(applicant.auth()))
                .andExpect(status().isCreated());
    }

    String statusOf(long id) {
        return jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, id);
    }

    String creditCodeOf(long id) {
        return jdbc.queryForObject("SELECT credit_code FROM supplier WHERE id = ?", String.class, id);
    }

    static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}
