package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.common.settings.AppSettings;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin's settings page in a real browser: a later year's holiday calendar completed (a row
 * without a date and a date out of the year refused, naming the row, and what was saved before kept),
 * the failure-notice switch turned on, the recorded-messages panel loaded beside them; a year in the
 * address that is not one is said so and the rest of the page still works; a city reviewer neither
 * sees the page in the nav nor gets its data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleSettingsIT extends IntegrationTest {

    /** A year no other test uses: the 2021 calendar drives the deadline tests. */
    private static final int YEAR = 2031;

    @LocalServerPort
    int port;

    private static By id(String testid) {
        return By.cssSelector("[data-testid=" + testid + "]");
    }

    @AfterEach
    void restore() {
        jdbc.update("DELETE FROM holiday WHERE day BETWEEN '2031-01-01' AND '2031-12-31'");
        jdbc.update("UPDATE app_setting SET value = 'false' WHERE name = ?", AppSettings.NOTIFY_FAILURES);
    }

    private static void signIn(Browser b, Api.Staff who) {
        b.visible(id("login-username")).sendKeys(who.username());
        b.driver().findElement(id("login-password")).sendKeys(who.password());
        b.driver().findElement(id("login-submit")).click();
    }

    /** Fills the last row: a date input takes its value in the page's locale when typed, so it is set. */
    private static void fillLastRow(Browser b, String day, String kind, String name) {
        List<WebElement> rows = b.driver().findElements(id("holiday-row"));
        WebElement row = rows.get(rows.size() - 1);
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]", row.findElement(id("holiday-day")), day);
        new Select(row.findElement(id("holiday-kind"))).selectByValue(kind);
        row.findElement(id("holiday-name")).sendKeys(name);
    }

    private List<Map<String, Object>> saved() {
        return jdbc.queryForList("SELECT day, kind, name FROM holiday WHERE day BETWEEN '2031-01-01' AND '2031-12-31' ORDER BY day");
    }

    @Test
    void anAdminEntersALaterYearsHolidaysAndTurnsOnFailureNotices() throws Exception {
        jdbc.update("UPDATE app_setting SET value = 'false' WHERE name = ?", AppSettings.NOTIFY_FAILURES);
        jdbc.update("INSERT INTO holiday (day, kind, name) VALUES ('2031-10-01', 'OFF', '国庆节')");
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        try (Browser b = Browser.desktop(port)) {
            try {
                b.go("/console/settings?year=" + YEAR);
                signIn(b, admin);
                new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(id("holiday-row")).size() == 1);
                assertThat(b.driver().findElement(id("holiday-empty")).isDisplayed()).isFalse();
                assertThat(b.driver().findElement(id("nav-settings")).getAttribute("aria-current")).isEqualTo("page");

                b.driver().findElement(id("holiday-add")).click();
                b.driver().findElement(id("holiday-save")).click();
                assertThat(b.showing(id("holiday-error"), "第 2 行").getText()).contains("请填写日期");
                fillLastRow(b, "2031-01-01", "OFF", "元旦");
                b.driver().findElement(id("holiday-add")).click();
                fillLastRow(b, "2031-01-05", "WORK", "元旦调休");
                b.driver().findElement(id("holiday-add")).click();
                fillLastRow(b, "2030-12-31", "OFF", "跨年");
                b.driver().findElement(id("holiday-save")).click();
                assertThat(b.showing(id("holiday-error"), "第 4 行").getText()).contains("2030-12-31").contains("2031 年内");
                assertThat(saved()).as("a refused calendar changes nothing").extracting(r -> r.get("name")).containsExactly("国庆节");

                List<WebElement> rows = b.driver().findElements(id("holiday-row"));
                rows.get(3).findElement(id("holiday-remove")).click();
                b.driver().findElement(id("holiday-save")).click();
                b.showing(id("toast"), "已保存");
                assertThat(saved()).extracting(r -> r.get("day").toString() + " " + r.get("kind") + " " + r.get("name"))
                        .containsExactly("2031-01-01 OFF 元旦", "2031-01-05 WORK 元旦调休", "2031-10-01 OFF 国庆节");

                // What was saved is what the page shows when opened again.
                b.go("/console/settings?year=" + YEAR);
                new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(id("holiday-row")).size() == 3);

                WebElement box = b.visible(id("notify-failures"));
                assertThat(box.isSelected()).isFalse();
                box.click();
                b.driver().findElement(id("notify-failures-save")).click();
                b.showing(id("toast"), "将通知企业");
                assertThat(jdbc.queryForObject("SELECT value FROM app_setting WHERE name = ?", String.class, AppSettings.NOTIFY_FAILURES))
                        .isEqualTo("true");

                // The recorded messages load beside the settings (the list, or a plain "none").
                new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d ->
                        !d.findElements(id("recorded-list")).isEmpty() || !d.findElements(id("recorded-empty")).isEmpty());
                assertThat(b.driver().findElements(id("recorded-error"))).isEmpty();
                assertThat(b.driver().findElements(id("page-error"))).isEmpty();
                assertThat(b.driver().findElement(id("holidays")).getText()).doesNotContain("null");
                b.screenshot("console-settings");
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("console-settings-failure");
                throw e;
            }
        }
    }

    @Test
    void aYearThatIsNotOneIsSaidSoAndTheRestOfThePageWorks() throws Exception {
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        try (Browser b = Browser.desktop(port)) {
            b.go("/console/settings?year=1999");
            signIn(b, admin);
            assertThat(b.showing(id("holiday-year-error"), "1999").getText()).contains("2000–2100");
            b.visible(id("holiday-list"));
            assertThat(b.visible(id("notify-failures")).isDisplayed()).isTrue();
            assertThat(b.driver().findElements(id("page-error"))).isEmpty();
        }
    }

    @Test
    void aCityReviewerHasNoSettingsPage() throws Exception {
        Api.Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, "440100");
        try (Browser b = Browser.desktop(port)) {
            b.go("/console/settings");
            signIn(b, reviewer);
            assertThat(b.showing(id("page-error"), "无权").getText()).contains("无权");
            assertThat(b.driver().findElements(id("nav-settings"))).isEmpty();
            assertThat(b.driver().findElements(id("holiday-save"))).isEmpty();
        }
    }
}
