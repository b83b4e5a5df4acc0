package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An alliance reviewer's template broadcast through the console in a real browser: compose, preview to
 * one follower, send, and watch the progress bar reach 100 % once the outbox has sent the copies (the
 * test profile turns the dispatcher's own timer off, so the test runs it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBroadcastIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    NoticeDispatcher dispatcher;

    private static By id(String testid) {
        return By.cssSelector("[data-testid=" + testid + "]");
    }

    @Test
    void anAllianceReviewerSendsATemplateBroadcastAndWatchesItArrive() throws Exception {
        Api.Applicant follower = api.applicant();
        long supplier = journeys.approvedSupplier(follower);
        Api.Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);

        try (Browser b = Browser.desktop(port)) {
            try {
                send(b, alliance, supplier);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("console-broadcast-failure");
                throw e;
            }
        }
        assertThat(count("SELECT COUNT(*) FROM notice n JOIN broadcast x ON x.id = n.broadcast_id "
                + "WHERE x.title = '第二批申报提醒（控制台）' AND n.recipient = ? AND n.status = 'SENT'", follower.openid())).isEqualTo(1);
    }

    private void send(Browser b, Api.Staff alliance, long supplier) throws Exception {
        b.go("/console/broadcasts/new");
        b.visible(id("login-username")).sendKeys(alliance.username());
        b.driver().findElement(id("login-password")).sendKeys(alliance.password());
        b.driver().findElement(id("login-submit")).click();

        b.visible(id("broadcast-form"));
        assertThat(b.driver().findElement(id("bc-kind")).getAttribute("value")).isEqualTo("TEMPLATE");
        assertThat(b.driver().findElement(id("bc-audience")).getAttribute("value")).isEqualTo("filter");
        // The form's own check first: nothing is written without a title.
        b.driver().findElement(id("bc-create")).click();
        b.showing(id("bc-title-error"), "请填写标题");
        b.driver().findElement(id("bc-title")).sendKeys("第二批申报提醒（控制台）");
        b.driver().findElement(id("bc-body")).sendKeys("第二批 8 月 1 日开始申报，9 月 15 日截止，请提前准备材料。");
        b.driver().findElement(id("bc-link")).sendKeys("https://syspt.aiigd.cn/notice/2021-2");
        b.driver().findElement(id("bc-supplier-ids")).sendKeys(String.valueOf(supplier));
        b.screenshot("console-broadcast-compose");
        b.driver().findElement(id("bc-create")).click();

        b.visible(id("broadcast-send-panel"));
        assertThat(b.driver().findElement(id("broadcast-status")).getAttribute("data-status")).isEqualTo("DRAFT");
        b.driver().findElement(id("broadcast-preview-to")).sendKeys("oConsolePreview01");
        b.driver().findElement(id("broadcast-preview")).click();
        b.showing(id("broadcast-preview-result"), "已发送预览");

        b.driver().findElement(id("broadcast-send")).click();
        b.visible(id("send-dialog-ok")).click();
        org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> wait = new WebDriverWait(b.driver(), Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(ExpectedConditions.attributeToBe(id("broadcast-status"), "data-status", "SENT"));
        WebElement bar = b.visible(id("broadcast-progress"));
        assertThat(bar.getAttribute("data-total")).isEqualTo("1");
        assertThat(bar.getAttribute("aria-valuenow")).isEqualTo("0");
        b.visible(By.cssSelector("[data-testid=broadcast-recipient][data-status=PENDING]"));
        b.screenshot("console-broadcast-pending");

        while (dispatcher.dispatchOnce() > 0) {
            Thread.sleep(10);
        }
        // The page polls on its own; no reload.
        wait.until(ExpectedConditions.attributeToBe(id("broadcast-progress"), "aria-valuenow", "100"));
        assertThat(bar.getAttribute("data-sent")).isEqualTo("1");
        assertThat(bar.getAttribute("data-failed")).isEqualTo("0");
        b.visible(By.cssSelector("[data-testid=broadcast-recipient][data-status=SENT]"));
        b.screenshot("console-broadcast-sent");

        b.driver().findElement(id("nav-broadcasts")).click();
        b.visible(id("broadcast-list"));
        b.showing(id("broadcast-list"), "第二批申报提醒（控制台）");

        b.driver().findElement(id("nav-dashboard")).click();
        b.visible(id("chart-notices"));
        b.visible(id("chart-filing-stage"));
        b.screenshot("console-dashboard");
    }
}
