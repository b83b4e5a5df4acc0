package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Decisions that go through a confirm dialog, in a real browser: an alliance reviewer ticks two
 * filings waiting for the preliminary review and fails both at once (without a reason the page
 * refuses first); an admin returns a registration for correction with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBulkPrelimIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private static By id(String testid) {
        return By.cssSelector("[data-testid=" + testid + "]");
    }

    @Test
    void twoTickedFilingsAreDecidedInOneGo() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long first = journeys.submittedFiling(applicant, supplierId, "NETWORK");
        long second = journeys.submittedFiling(applicant, supplierId, "SECURITY");
        Api.Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        try (Browser b = Browser.desktop(port)) {
            b.go("/console/filings?status=SUBMITTED");
            b.visible(id("login-username")).sendKeys(alliance.username());
            b.driver().findElement(id("login-password")).sendKeys(alliance.password());
            b.driver().findElement(id("login-submit")).click();

            b.visible(id("bulk-prelim"));
            for (long filing : new long[] {first, second}) {
                b.visible(By.cssSelector("[data-testid=filing-pick][data-id='" + filing + "']")).click();
            }
            b.driver().findElement(id("bulk-fail")).click();
            b.showing(id("bulk-error"), "理由");
            assertThat(count("SELECT COUNT(*) FROM filing WHERE id IN (?, ?) AND status = 'SUBMITTED'", first, second)).isEqualTo(2);

            b.driver().findElement(id("bulk-reason")).sendKeys("材料不全，未附典型案例证明");
            b.driver().findElement(id("bulk-fail")).click();
            b.visible(id("confirm-dialog-ok")).click();
            b.showing(id("toast"), "2 件");
            b.screenshot("console-bulk-prelim");
        }
        assertThat(count("SELECT COUNT(*) FROM filing WHERE id IN (?, ?) AND status = 'PRELIM_FAILED'", first, second)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM filing_history WHERE filing_id IN (?, ?) AND reason = '材料不全，未附典型案例证明'", first, second))
                .isEqualTo(2);
    }

    @Test
    void aReturnForCorrectionGoesThroughItsConfirmDialog() throws Exception {
        Api.Applicant applicant = api.applicant();
        String body = api.write(Api.completeForm(Api.creditCode(), "440000", "440100"));
        long supplierId = api.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/applicant/suppliers")
                .with(applicant.auth()).contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/applicant/suppliers/{id}/files", supplierId)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "营业执照.pdf", "application/pdf", cn.aiigd.pool.support.Pdf.minimalPdf()))
                .with(applicant.auth()));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/applicant/suppliers/{id}/submit", supplierId)
                .with(applicant.auth()));
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        try (Browser b = Browser.desktop(port)) {
            b.go("/console/suppliers/" + supplierId);
            b.visible(id("login-username")).sendKeys(admin.username());
            b.driver().findElement(id("login-password")).sendKeys(admin.password());
            b.driver().findElement(id("login-submit")).click();
            b.visible(id("decision-reason")).sendKeys("营业执照扫描件不清晰，请重新上传");
            b.driver().findElement(id("decide-return")).click();
            b.visible(id("confirm-dialog-ok")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(id("supplier-status"), "data-status", "RETURNED"));
            b.screenshot("console-return");
        }
        assertThat(jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, supplierId)).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject("SELECT last_reason FROM supplier WHERE id = ?", String.class, supplierId)).contains("营业执照扫描件不清晰");
    }
}
