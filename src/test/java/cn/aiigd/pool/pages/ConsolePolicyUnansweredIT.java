package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import cn.aiigd.pool.policy.UnansweredQuestions;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The alliance's editor in a real browser: the questions the assistant could not answer are listed
 * on the policy page, one is added to an entry as a phrasing (and is answered from then on), another
 * is dismissed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsolePolicyUnansweredIT extends IntegrationTest {

    private static final String TO_ADD = "这池子的门道有啥讲究";
    private static final String TO_DISMISS = "楼下奶茶店几点开门";

    @LocalServerPort
    int port;
    @Autowired
    UnansweredQuestions unanswered;

    private static By id(String testid) {
        return By.cssSelector("[data-testid=" + testid + "]");
    }

    private WebElement row(Browser b, String question) {
        return b.driver().findElements(id("policy-unanswered-row")).stream()
                .filter(r -> r.getText().contains(question)).findFirst().orElseThrow(() -> new AssertionError("no row for " + question));
    }

    @Test
    void anEditorAddsAnUnansweredQuestionToAnEntryAndDismissesAnother() throws Exception {
        unanswered.flush();
        jdbc.update("DELETE FROM policy_unanswered");
        for (String q : new String[] {TO_ADD, TO_ADD, TO_DISMISS}) {
            mvc.perform(get("/api/public/policy/answer").param("q", q)).andExpect(jsonPath("$.confident").value(false));
        }
        unanswered.flush();
        long conditions = jdbc.queryForObject("SELECT id FROM policy_entry WHERE topic_key = 'conditions.all'", Long.class);
        Api.Staff editor = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        try (Browser b = Browser.desktop(port)) {
            try {
                b.go("/console/policy");
                b.visible(id("login-username")).sendKeys(editor.username());
                b.driver().findElement(id("login-password")).sendKeys(editor.password());
                b.driver().findElement(id("login-submit")).click();

                b.showing(id("policy-unanswered"), TO_ADD);
                assertThat(row(b, TO_ADD).findElement(id("policy-unanswered-times")).getText()).isEqualTo("2");
                // The entry the words came closest to is preselected.
                String closest = jdbc.queryForObject("SELECT e.id FROM policy_entry e JOIN policy_unanswered u ON u.closest_topic = e.topic_key"
                        + " WHERE u.question = ?", String.class, TO_ADD);
                assertThat(new Select(row(b, TO_ADD).findElement(id("policy-unanswered-entry"))).getFirstSelectedOption().getAttribute("value"))
                        .isEqualTo(closest);
                b.screenshot("console-policy-unanswered");

                // Adding without choosing an entry is refused in the page.
                WebElement add = row(b, TO_ADD);
                new Select(add.findElement(id("policy-unanswered-entry"))).selectByValue("");
                add.findElement(id("policy-unanswered-add")).click();
                assertThat(b.showing(id("policy-unanswered-error"), "请选择").getText()).contains("请选择条目");

                new Select(row(b, TO_ADD).findElement(id("policy-unanswered-entry"))).selectByValue(String.valueOf(conditions));
                row(b, TO_ADD).findElement(id("policy-unanswered-add")).click();
                // The page renders again: the added question is gone, the other one still listed.
                new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                        d.findElements(id("policy-unanswered-row")).stream().noneMatch(r -> r.getText().contains(TO_ADD))
                                && d.findElements(id("policy-unanswered-row")).stream().anyMatch(r -> r.getText().contains(TO_DISMISS)));

                row(b, TO_DISMISS).findElement(id("policy-unanswered-dismiss")).click();
                new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                        !d.findElements(id("policy-entries")).isEmpty()
                                && d.findElements(id("policy-unanswered-row")).stream().noneMatch(r -> r.getText().contains(TO_DISMISS)));
                // The added question is now one of the entry's phrasings, shown in its row.
                b.showing(id("policy-entries"), TO_ADD);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("console-policy-unanswered-failure");
                throw e;
            }
        }
        mvc.perform(get("/api/public/policy/answer").param("q", TO_ADD))
                .andExpect(jsonPath("$.confident").value(true)).andExpect(jsonPath("$.topic").value("conditions.all"));
        assertThat(jdbc.queryForObject("SELECT status FROM policy_unanswered WHERE question = ?", String.class, TO_ADD)).isEqualTo("ADDED");
        assertThat(jdbc.queryForObject("SELECT status FROM policy_unanswered WHERE question = ?", String.class, TO_DISMISS)).isEqualTo("DISMISSED");
        assertThat(jdbc.queryForObject("SELECT resolved_by FROM policy_unanswered WHERE question = ?", String.class, TO_DISMISS))
                .isEqualTo(editor.username());
    }
}
