package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Pdf;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A city reviewer's basic review through the console in a real browser: sign in on the page, see only
 * their city's pending supplier, approve it with the button, and find the applicant's notice on the
 * detail page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleReviewIT extends IntegrationTest {

    /** 汕尾: a city no other test registers in, so this queue holds this test's supplier alone. */
    private static final String SHANWEI = "441500";

    @LocalServerPort
    int port;
    @Autowired
    NoticeDispatcher dispatcher;

    private long pendingSupplier(Api.Applicant applicant, String city) throws Exception {
        String division = city;
        long id = api.read(mvc.perform(post("/api/applicant/suppliers").with(applicant.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(api.write(Api.completeForm(Api.creditCodeIn(division), "440000", city))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(multipart("/api/applicant/suppliers/{id}/files", id)
                .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", Pdf.minimalPdf()))
                .with(applicant.auth())).andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth())).andExpect(status().isOk());
        return id;
    }

    @Test
    void aCityReviewerApprovesTheirCitysSupplierAndSeesTheApplicantsNotice() throws Exception {
        long mine = pendingSupplier(api.applicant(), SHANWEI);
        long guangzhou = pendingSupplier(api.applicant(), "440100");
        Api.Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, SHANWEI);

        try (Browser b = Browser.desktop(port)) {
            try {
                review(b, reviewer, mine, guangzhou);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("console-review-failure");
                throw e;
            }
        }
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE id = ? AND status = 'APPROVED'", mine)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE id = ? AND status = 'PENDING_REVIEW'", guangzhou)).isEqualTo(1);
    }

    private void review(Browser b, Api.Staff reviewer, long mine, long guangzhou) throws Exception {
        {
            // A deep link while signed out shows the sign-in page and comes back after it.
            b.go("/console/suppliers");
            b.visible(By.cssSelector("[data-testid=login-username]")).sendKeys(reviewer.username());
            b.driver().findElement(By.cssSelector("[data-testid=login-password]")).sendKeys("wrong-password");
            b.driver().findElement(By.cssSelector("[data-testid=login-submit]")).click();
            assertThat(b.showing(By.cssSelector("[data-testid=login-error]"), "用户名或密码错误").getAttribute("data-status")).isEqualTo("401");
            b.screenshot("console-signin-error");
            b.driver().findElement(By.cssSelector("[data-testid=login-password]")).sendKeys(reviewer.password());
            b.driver().findElement(By.cssSelector("[data-testid=login-submit]")).click();

            b.visible(By.cssSelector("[data-testid=queue-table]"));
            assertThat(b.url()).endsWith("/console/suppliers");
            assertThat(b.showing(By.cssSelector("[data-testid=current-city]"), "汕尾市").isDisplayed()).isTrue();
            List<String> ids = b.driver().findElements(By.cssSelector("[data-testid=queue-row]")).stream()
                    .map(r -> r.getAttribute("data-id")).toList();
            assertThat(ids).containsExactly(String.valueOf(mine)).doesNotContain(String.valueOf(guangzhou));
            // A city reviewer has no city filter, no filings and no broadcasts in the nav.
            assertThat(b.driver().findElements(By.cssSelector("[data-testid=queue-city]"))).isEmpty();
            assertThat(b.driver().findElements(By.cssSelector("[data-testid=nav-broadcasts]"))).isEmpty();
            assertThat(b.driver().findElements(By.cssSelector("[data-testid=nav-accounts]"))).isEmpty();
            b.screenshot("console-queue");

            b.driver().findElement(By.cssSelector("[data-testid=queue-row][data-id='" + mine + "']")).click();
            b.visible(By.cssSelector("[data-testid=decision-panel]"));
            assertThat(b.url()).endsWith("/console/suppliers/" + mine);
            b.visible(By.cssSelector("[data-testid=binding-item]"));
            // The receipt of the submission is already there.
            b.showing(By.cssSelector("[data-testid=notice-list]"), "供应商认证提交成功");
            b.driver().findElement(By.cssSelector("[data-testid=decide-approve]")).click();

            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(ExpectedConditions.attributeToBe(
                    By.cssSelector("[data-testid=supplier-status]"), "data-status", "APPROVED"));
            assertThat(b.driver().findElements(By.cssSelector("[data-testid=decision-panel]"))).isEmpty();
            WebElement result = b.visible(By.cssSelector("[data-testid=notice-item][data-template=supplier-reviewed]"));
            assertThat(result.getText()).contains("供应商认证审核结果").contains("待发送");
            b.showing(By.cssSelector("[data-testid=supplier-history]"), "审核通过");
            b.screenshot("console-supplier-approved");

            // Once the outbox has sent it, the page shows it sent.
            while (dispatcher.dispatchOnce() > 0) {
                Thread.sleep(10);
            }
            b.driver().navigate().refresh();
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(ExpectedConditions.attributeToBe(
                    By.cssSelector("[data-testid=notice-item][data-template=supplier-reviewed]"), "data-status", "SENT"));
            b.screenshot("console-supplier-notice-sent");

            b.driver().findElement(By.cssSelector("[data-testid=nav-dashboard]")).click();
            b.visible(By.cssSelector("[data-testid=chart-supplier-funnel]"));
            assertThat(b.driver().findElements(By.cssSelector("[data-testid=chart-notices]"))).isEmpty();
            b.screenshot("console-dashboard-city");

            b.driver().findElement(By.cssSelector("[data-testid=signout]")).click();
            b.visible(By.cssSelector("[data-testid=login-username]"));
        }
    }
}
