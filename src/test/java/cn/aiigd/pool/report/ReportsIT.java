package cn.aiigd.pool.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The dashboard's numbers and the Excel exports, each within the viewer's scope, contacts only for those allowed. */
class ReportsIT extends IntegrationTest {

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (Cell c : r) {
                    assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                    cells.add(c.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void exportsHoldTheFilterTheScopeAndTheContactRule() throws Exception {
        long guangzhou = journeys.approvedSupplier(api.applicant());
        String credit = jdbc.queryForObject("SELECT credit_code FROM supplier WHERE id = ?", String.class, guangzhou);
        Api.Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        MockHttpServletResponse r = mvc.perform(get("/api/staff/suppliers/export").param("status", "APPROVED").param("city", "440100")
                .with(alliance.auth())).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).contains("spreadsheetml");
        assertThat(r.getHeader("Content-Disposition")).contains("attachment");
        List<List<String>> rows = sheet(r.getContentAsByteArray());
        assertThat(rows.get(0)).contains("统一社会信用代码", "联系手机");
        List<String> mine = rows.stream().filter(x -> x.contains(credit)).findFirst().orElseThrow();
        assertThat(mine).contains("广州市", "审核通过", "13800001234", "contact@example.com");
        assertThat(rows.subList(1, rows.size())).allMatch(x -> x.contains("审核通过") && x.contains("广州市"));

        // A city reviewer of Shenzhen gets Shenzhen only; Guangzhou's reviewer gets theirs, contacts masked.
        Api.Staff shenzhen = api.staff(StaffRole.CITY_REVIEWER, "440300");
        List<List<String>> theirs = sheet(mvc.perform(get("/api/staff/suppliers/export").with(shenzhen.auth())).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(theirs.stream().flatMap(List::stream)).doesNotContain(credit);
        Api.Staff gz = api.staff(StaffRole.CITY_REVIEWER, "440100");
        List<String> masked = sheet(mvc.perform(get("/api/staff/suppliers/export").with(gz.auth())).andReturn().getResponse()
                .getContentAsByteArray()).stream().filter(x -> x.contains(credit)).findFirst().orElseThrow();
        assertThat(masked).doesNotContain("13800001234", "contact@example.com").contains("138****1234");

        // The expert review's filings are the alliance's; every export is in the audit log.
        assertThat(mvc.perform(get("/api/staff/filings/export").with(gz.auth())).andReturn().getResponse().getStatus()).isEqualTo(403);
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        String log = mvc.perform(get("/api/staff/audit-log").param("actor", gz.username()).with(admin.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(log).contains("GET /api/staff/suppliers/export").contains("GET /api/staff/filings/export").contains("\"outcome\":\"403\"");
    }

    @Test
    void filingsExportFollowsTheQueueFilters() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long filingId = journeys.submittedFiling(applicant, supplierId, "PLATFORM");
        Api.Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        List<List<String>> platform = sheet(mvc.perform(get("/api/staff/filings/export").param("category", "PLATFORM").with(alliance.auth()))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(platform.get(0)).contains("类别", "新技术方向");
        assertThat(platform.stream().skip(1).map(x -> x.get(0))).contains(Long.toString(filingId));
        List<List<String>> security = sheet(mvc.perform(get("/api/staff/filings/export").param("category", "SECURITY").with(alliance.auth()))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(security.stream().skip(1).map(x -> x.get(0))).doesNotContain(Long.toString(filingId));
        withdraw(applicant, filingId);
    }

    @Test
    void theDashboardCountsWithinScope() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long filingId = journeys.submittedFiling(applicant, supplierId, "NETWORK");
        Api.Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        JsonNode all = api.read(mvc.perform(get("/api/staff/dashboard").with(alliance.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        long approved = all.get("suppliersByStatus").get("APPROVED").asLong();
        assertThat(approved).isEqualTo(count("SELECT COUNT(*) FROM supplier WHERE status = 'APPROVED'"));
        assertThat(all.get("suppliersByCity").get("广州市").get("APPROVED").asLong()).isPositive();
        assertThat(all.get("filingsByStatus").get("SUBMITTED").asLong()).isEqualTo(count("SELECT COUNT(*) FROM filing WHERE status = 'SUBMITTED'"));
        assertThat(all.get("filingsByCategory").toString()).contains("网络");
        // Basic-review timeliness: every decision so far was made on the day of submission, so on time.
        assertThat(all.get("basicReview").get("decided").asLong()).isPositive();
        assertThat(all.get("basicReview").get("decidedOnTime").asLong()).isEqualTo(all.get("basicReview").get("decided").asLong());
        assertThat(all.get("basicReviewOnTimeRate").asDouble()).isEqualTo(100.0);
        assertThat(all.get("notices").toString()).contains("WECHAT");

        Api.Staff shenzhen = api.staff(StaffRole.CITY_REVIEWER, "440300");
        JsonNode theirs = api.read(mvc.perform(get("/api/staff/dashboard").with(shenzhen.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(theirs.get("suppliersByCity").toString()).doesNotContain("广州市");
        assertThat(theirs.get("filingsByStatus").size()).isZero();
        assertThat(theirs.get("notices").size()).isZero();
        withdraw(applicant, filingId);
    }

    private void withdraw(Api.Applicant applicant, long filingId) throws Exception {
        // Leave batch 1 as found: a filing waiting for its preliminary review holds up the batch's on-site draw.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/applicant/filings/{id}/withdraw", filingId)
                .with(applicant.auth()).contentType("application/json").content("{\"reason\":\"测试结束\"}"));
    }
}
