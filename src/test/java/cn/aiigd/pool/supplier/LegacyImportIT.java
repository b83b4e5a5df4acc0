package cn.aiigd.pool.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Pdf;
import org.springframework.http.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class LegacyImportIT extends IntegrationTest {

    @Test
    void importsLegacyRegistrantsAsNeedingCompletionAndBoundByTheCommitments() throws Exception {
        String gz = Api.creditCode();
        String hk = Api.creditCode();
        String csv = "\uFEFF统一社会信用代码,企业名称,注册日期,注册地,联络员,联络员手机,联络员邮箱\n"
                + gz + ",广州往期注册有限公司,2020-05-06,广州市,王五,13900001111,w@example.com\n"
                + hk + ",香港往期注册有限公司,2021/1/31,香港,,,\n";
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        importCsv(alliance, csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.skipped.length()").value(0));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM supplier WHERE credit_code = ?", gz);
        assertThat(row.get("status")).isEqualTo("DRAFT");
        assertThat(row.get("needs_completion")).isIn(true, 1, (byte) 1);
        assertThat(row.get("consent_basis")).isEqualTo("LEGACY_DEEMED");
        assertThat(row.get("reg_city_code")).isEqualTo("440100");
        assertThat(row.get("legacy_registered_on").toString()).isEqualTo("2020-05-06");
        assertThat(jdbc.queryForObject("SELECT reg_province_code FROM supplier WHERE credit_code = ?", String.class, hk))
                .isEqualTo("810000");
        assertThat(jdbc.queryForObject("SELECT action FROM supplier_history h JOIN supplier s ON s.id = h.supplier_id WHERE s.credit_code = ?",
                String.class, gz)).isEqualTo("IMPORT_LEGACY");

        // Importing the same file again changes nothing and says why.
        importCsv(alliance, csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.skipped.length()").value(2));
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code IN (?, ?)", gz, hk)).isEqualTo(2);
    }

    @Test
    void aLegacyRegistrantBoundByStaffCompletesTheRecordOrWithdraws() throws Exception {
        String code = Api.creditCode();
        String other = Api.creditCode();
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        importCsv(alliance, "credit_code,company_name,registered_on,registration_place,contact_mobile\n"
                + code + ",往期企业甲,2020-08-08,广州,13700001111\n"
                + other + ",往期企业乙,2020-09-09,广州,13700002222\n").andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM supplier WHERE credit_code = ?", Long.class, code);
        long otherId = jdbc.queryForObject("SELECT id FROM supplier WHERE credit_code = ?", Long.class, other);

        // Staff verify the contact by phone and bind their WeChat.
        Api.Applicant applicant = api.applicant();
        Staff guangzhou = api.staff(StaffRole.CITY_REVIEWER, "440100");
        mvc.perform(post("/api/staff/suppliers/{id}/bindings", id).with(guangzhou.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"openid\":\"" + applicant.openid() + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/applicant/suppliers/{id}", id).with(applicant.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needsCompletion").value(true))
                .andExpect(jsonPath("$.consentBasis").value("LEGACY_DEEMED"));

        // Completing the record: a form silent on consent keeps the deemed commitments.
        var f = Api.completeForm(code, "440000", "440100");
        var silent = new SupplierForm(f.companyName(), f.creditCode(), f.registrationProvince(), f.registrationCity(),
                f.legalRepresentative(), f.foundedOn(), f.coversGuangdong(), f.teamInGuangdong(), f.ipSummary(),
                f.industries(), f.cases(), f.contactName(), f.contactMobile(), f.contactEmail(), null, null);
        mvc.perform(put("/api/applicant/suppliers/{id}", id).with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(api.write(silent)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consentCommitments").value(true));
        mvc.perform(multipart("/api/applicant/suppliers/{id}/files", id)
                        .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", Pdf.minimalPdf()))
                        .with(applicant.auth()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
                .andExpect(jsonPath("$.needsCompletion").value(false));

        // The other one does not agree with the new rules and withdraws.
        Api.Applicant second = api.applicant();
        mvc.perform(post("/api/staff/suppliers/{id}/bindings", otherId).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"openid\":\"" + second.openid() + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/applicant/suppliers/{id}/withdraw", otherId).with(second.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        // Binding the same follower twice is refused.
        mvc.perform(post("/api/staff/suppliers/{id}/bindings", otherId).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"openid\":\"" + second.openid() + "\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void oneBadRowRejectsTheWholeFile() throws Exception {
        String good = Api.creditCode();
        String csv = "credit_code,company_name,registered_on,registration_place\n"
                + good + ",正常企业,2020-03-01,深圳\n"
                + Api.creditCode() + ",窗口外企业,2021-02-01,深圳\n"
                + "91310110666007217X,校验位错误企业,2020-03-01,深圳\n"
                + Api.creditCode() + ",未知地区企业,2020-03-01,火星\n";
        importCsv(api.staff(StaffRole.ADMIN, null), csv)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("第3行.registered_on")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("第4行.credit_code")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("第5行.registration_place")));
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", good)).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() throws Exception {
        importCsv(api.staff(StaffRole.ADMIN, null), "name,date\nx,2020-01-01\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("缺少列")));
    }

    @Test
    void cityReviewersCannotImport() throws Exception {
        String code = Api.creditCode();
        importCsv(api.staff(StaffRole.CITY_REVIEWER, "440100"),
                "credit_code,company_name,registered_on,registration_place\n" + code + ",x,2020-03-01,广州\n")
                .andExpect(status().isForbidden());
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", code)).isZero();
    }

    ResultActions importCsv(Staff staff, String csv) throws Exception {
        return mvc.perform(multipart("/api/staff/legacy-registrants")
                .file(new MockMultipartFile("file", "legacy.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(staff.auth()));
    }
}
