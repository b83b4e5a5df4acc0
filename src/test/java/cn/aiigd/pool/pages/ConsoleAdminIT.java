package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin's pages in a real browser: the whole nav, a new city reviewer account made through the
 * form (refused first for a short password, in Chinese next to the form), the audit log with the
 * sign-in, the filings queue and a question tried against the policy answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleAdminIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private static By id(String testid) {
        return By.cssSelector("[data-testid=" + testid + "]");
    }

    @Test
    void anAdminCreatesAnAccountReadsTheAuditLogAndOpensTheFilings() throws Exception {
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        String username = "hzreviewer-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser b = Browser.desktop(port)) {
            try {
                b.go("/console/accounts");
                b.visible(id("login-username")).sendKeys(admin.username());
                b.driver().findElement(id("login-password")).sendKeys(admin.password());
                b.driver().findElement(id("login-submit")).click();

                b.visible(id("account-list"));
                for (String nav : new String[] {"nav-dashboard", "nav-suppliers", "nav-filings", "nav-broadcasts", "nav-accounts", "nav-audit"}) {
                    assertThat(b.driver().findElement(id(nav)).isDisplayed()).as(nav).isTrue();
                }
                b.driver().findElement(By.cssSelector("[data-testid=account-new] summary")).click();
                b.visible(id("acc-username")).sendKeys(username);
                b.driver().findElement(id("acc-display-name")).sendKeys("惠州审核员");
                new Select(b.driver().findElement(id("acc-city"))).selectByVisibleText("惠州市");
                b.driver().findElement(id("acc-password")).sendKeys("short");
                b.driver().findElement(id("acc-create")).click();
                assertThat(b.showing(id("acc-error"), "10").getText()).isNotBlank();
                b.driver().findElement(id("acc-password")).sendKeys("-long-enough-now");
                b.driver().findElement(id("acc-create")).click();
                b.showing(id("account-list"), username);
                assertThat(b.driver().findElement(id("account-list")).getText()).contains("惠州审核员").contains("惠州市");

                // Its deadline reminders go to the contact set in its row: a bad mobile is refused and saves nothing.
                WebElement row = b.driver().findElements(id("account-row")).stream()
                        .filter(r -> r.getText().contains(username)).findFirst().orElseThrow();
                row.findElement(By.cssSelector("[data-testid=account-contact-edit] summary")).click();
                row.findElement(id("account-contact-mobile")).sendKeys("12345");
                row.findElement(id("account-contact-save")).click();
                String inRow = "[data-testid=account-row][data-id='" + row.getAttribute("data-id") + "'] ";
                assertThat(b.showing(By.cssSelector(inRow + "[data-testid=account-contact-error]"), "手机").getText()).isNotBlank();
                assertThat(jdbc.queryForObject("SELECT mobile FROM staff_account WHERE username = ?", String.class, username)).isNull();
                row.findElement(id("account-contact-mobile")).clear();
                row.findElement(id("account-contact-mobile")).sendKeys("13800138000");
                row.findElement(id("account-contact-email")).sendKeys("hz@example.com");
                row.findElement(id("account-contact-save")).click();
                b.showing(id("toast"), "已更新提醒方式");
                assertThat(row.findElement(id("account-contact")).getText()).contains("hz@example.com").contains("13800138000");
                assertThat(jdbc.queryForMap("SELECT email, mobile FROM staff_account WHERE username = ?", username))
                        .containsEntry("email", "hz@example.com").containsEntry("mobile", "13800138000");
                b.screenshot("console-accounts");

                // An address no page has gets the console's own not-found page, with the way back.
                b.go("/console/no-such-page");
                assertThat(b.visible(id("not-found")).getText()).contains("没有这个页面");
                b.driver().findElement(By.cssSelector("[data-testid=not-found] a")).click();
                b.visible(id("nav-audit"));

                b.driver().findElement(id("nav-audit")).click();
                b.showing(id("audit-list"), "SIGN_IN");
                assertThat(b.driver().findElement(id("audit-list")).getText()).contains(admin.username());
                b.screenshot("console-audit");

                b.driver().findElement(id("nav-filings")).click();
                b.visible(id("filings-status"));
                assertThat(b.driver().findElements(id("filings-table")).size() + b.driver().findElements(id("filings-empty")).size()).isEqualTo(1);
                assertThat(b.driver().findElements(id("page-error"))).isEmpty();
                b.screenshot("console-filings");

                // Trying a question changes nothing (the knowledge base is shared with the policy tests).
                b.driver().findElement(id("nav-policy")).click();
                b.visible(id("policy-entries"));
                b.driver().findElement(id("policy-try-input")).sendKeys("申报时间是什么时候");
                b.driver().findElement(id("policy-try-submit")).click();
                assertThat(b.visible(id("policy-try-confident")).getAttribute("data-confident")).isEqualTo("true");
                assertThat(b.driver().findElement(id("policy-try-answer")).getText()).contains("9月15日");
                // The sentence model's reading is shown beside the words' ranking.
                assertThat(b.driver().findElement(id("policy-try-meaning")).getText()).contains("语义最接近").contains("timing.batches");
                b.screenshot("console-policy");
                // Two questions in one message: each one's reading is shown under the combined reply.
                b.driver().findElement(id("policy-try-input")).clear();
                b.driver().findElement(id("policy-try-input")).sendKeys("省外注册的企业能参加吗？第二批几号截止？");
                b.driver().findElement(id("policy-try-submit")).click();
                b.showing(id("policy-try-answer"), "第 2 问");
                assertThat(b.driver().findElements(id("policy-try-part"))).hasSize(2);
                assertThat(b.driver().findElements(id("policy-try-part")).get(1).getText()).contains("timing.batches");
                assertThat(b.driver().findElements(id("policy-try-part-read-as"))).hasSize(2);
                assertThat(b.driver().findElements(id("policy-try-read-as"))).isEmpty();

                // The menus as the repository holds them, checked against WeChat's limits (not published here).
                b.driver().findElement(id("nav-menus")).click();
                b.visible(id("menu-item"));
                assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("[data-testid=menu-item]"))).hasSize(2);
                assertThat(b.driver().findElements(id("menu-valid"))).hasSize(2);
                assertThat(b.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=menu-item][data-name=default]")).getText())
                        .contains("申报指南");
                b.screenshot("console-menus");

                // A template previewed with sample data, as each channel renders it.
                b.driver().findElement(id("nav-templates")).click();
                org.openqa.selenium.WebElement defense = b.visible(org.openqa.selenium.By.cssSelector(
                        "[data-testid=template-item][data-key=defense-invited]"));
                defense.findElement(id("template-preview-button")).click();
                b.showing(org.openqa.selenium.By.cssSelector("[data-testid=template-item][data-key=defense-invited] [data-testid=template-preview]"),
                        "集中答辩");
                assertThat(defense.getText()).contains("短信").contains("邮件");
                b.screenshot("console-templates");
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("console-admin-failure");
                throw e;
            }
        }
        assertThat(count("SELECT COUNT(*) FROM staff_account WHERE username = ? AND role = 'CITY_REVIEWER' AND city_code = '441300'", username))
                .isEqualTo(1);
    }
}
