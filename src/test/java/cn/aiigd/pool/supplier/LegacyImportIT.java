package cn.aiigd.pool.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
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
