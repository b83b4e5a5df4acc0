package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * An alliance reviewer runs a 集中答辩 session through the console in a real browser: sign in on the
 * page, create a session, invite a filing that passed 初步审核 (the invitation goes out by template
 * message and SMS), see the applicant's reschedule request, move the filing, and record the result.
 *
 * <p>The filing is in batch 2 (filed 2021-08-02) and ends decided (答辩未通过), so the batch-1 draws of
 * other tests sharing the schema never meet it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleDefenseIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    NoticeDispatcher dispatcher;

    @Test
    void anAllianceReviewerCreatesASessionInvitesAFilingAndRecordsTheResult() throws Exception {
        Api.Applicant applicant = api.applicant();
        String mobile = Api.mobile();
        long supplierId = journeys.approvedSupplier(applicant, mobile);
        Api.Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);

        pin("2021-08-02T10:00:00+08:00");
        long filingId = journeys.submittedFiling(applicant, supplierId, "NETWORK");
        assertThat(jdbc.queryForObject("SELECT batch_id FROM filing WHERE id = ?", Long.class, filingId)).isEqualTo(2L);
        pin("2021-09-20T10:00:00+08:00");
        mvc.perform(post("/api/staff/filings/prelim").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"filingIds\":[" + filingId + "],\"pass\":true}")).andExpect(status().isOk());

        try (Browser b = Browser.desktop(port)) {
            try {
                run(b, alliance, applicant, mobile, filingId);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("console-defense-failure");
                throw e;
            }
        }
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filingId)).isEqualTo("DEFENSE_FAILED");
    }

    private void run(Browser b, Api.Staff alliance, Api.Applicant applicant, String mobile, long filingId) throws Exception {
        b.go("/console/defense");
        b.visible(By.cssSelector("[data-testid=login-username]")).sendKeys(alliance.username());
        b.driver().findElement(By.cssSelector("[data-testid=login-password]")).sendKeys(alliance.password());
        b.driver().findElement(By.cssSelector("[data-testid=login-submit]")).click();
        b.visible(By.cssSelector("[data-testid=page-defense]"));
        assertThat(b.url()).endsWith("/console/defense");
        assertThat(b.visible(By.cssSelector("[data-testid=nav-defense]")).getAttribute("aria-current")).isEqualTo("page");

        // A new session: a day in the past is refused by the server and the reason shows.
        b.driver().findElement(By.cssSelector("[data-testid=defense-new] summary")).click();
        new Select(b.visible(By.cssSelector("[data-testid=def-batch]"))).selectByValue("2");
        type(b, "def-day", "2021-09-01");
        type(b, "def-venue", "联盟第三会议室");
        type(b, "def-address", "广州市天河区珠江新城 8 号");
        type(b, "def-capacity", "10");
        b.driver().findElement(By.cssSelector("[data-testid=def-create]")).click();
        b.showing(By.cssSelector("[data-testid=def-error]"), "答辩日期不能早于今天");
        type(b, "def-day", "2021-10-12");
        b.screenshot("console-defense-new");
        b.driver().findElement(By.cssSelector("[data-testid=def-create]")).click();

        WebElement facts = b.visible(By.cssSelector("[data-testid=defense-facts]"));
        long sessionId = Long.parseLong(facts.getAttribute("data-id"));
        assertThat(b.url()).endsWith("/console/defense/" + sessionId);
        assertThat(facts.getText()).contains("2021-10-12").contains("联盟第三会议室").contains("09:00–12:00");
        b.visible(By.cssSelector("[data-testid=invitees-empty]"));

        // Invite the filing that passed 初步审核: order 1, 09:00–09:30 proposed.
        WebElement row = b.visible(By.cssSelector("[data-testid=assign-row][data-id='" + filingId + "']"));
        assertThat(row.findElement(By.cssSelector("[data-testid=assign-order]")).getAttribute("value")).isEqualTo("1");
        assertThat(row.findElement(By.cssSelector("[data-testid=assign-slot-start]")).getAttribute("value")).isEqualTo("09:00");
        row.findElement(By.cssSelector("[data-testid=assign-pick]")).click();
        b.driver().findElement(By.cssSelector("[data-testid=assign-submit]")).click();
        waitFor(b, "[data-testid=invitee-row][data-id='" + filingId + "']", "data-status", "DEFENSE_INVITED");
        assertThat(b.showing(By.cssSelector("[data-testid=defense-assigned]"), "1 / 10").isDisplayed()).isTrue();
        assertThat(b.visible(By.cssSelector("[data-testid=invitee-row][data-id='" + filingId + "'] [data-testid=invitee-response]"))
                .getText()).contains("待答复");
        b.screenshot("console-defense-invited");

        // The invitation is in the outbox: a template message to the bound openid, an SMS to the contact's
        // mobile (and an email to the contact's address, as the notice table says for an invitation).
        List<Map<String, Object>> invitations = jdbc.queryForList(
                "SELECT channel, recipient FROM notice WHERE filing_id = ? AND template_key = 'defense-invited'", filingId);
        assertThat(invitations).extracting(r -> r.get("channel"), r -> r.get("recipient"))
                .containsExactlyInAnyOrder(Tuple.tuple("WECHAT", applicant.openid()), Tuple.tuple("SMS", mobile),
                        Tuple.tuple("EMAIL", "contact@example.com"));
        while (dispatcher.dispatchOnce() > 0) {
            Thread.sleep(10);
        }
        assertThat(jdbc.queryForList("SELECT status FROM notice WHERE filing_id = ? AND template_key = 'defense-invited'",
                String.class, filingId)).containsOnly("SENT");
        // The filing's page lists them too.
        b.go("/console/filings/" + filingId);
        List<WebElement> notices = waitForAll(b, "[data-testid=notice-item][data-template=defense-invited]", 3);
        assertThat(notices).extracting(e -> e.getAttribute("data-status")).containsOnly("SENT");
        b.screenshot("console-defense-notices");

        // The applicant asks for another time; the page shows the reason and offers the filing again.
        mvc.perform(post("/api/applicant/filings/{id}/defense-answer", filingId).with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"attend\":false,\"reason\":\"总经理当日出差\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.defense.response").value("RESCHEDULE_REQUESTED"));
        b.go("/console/defense/" + sessionId);
        waitFor(b, "[data-testid=invitee-row][data-id='" + filingId + "']", "data-response", "RESCHEDULE_REQUESTED");
        b.showing(By.cssSelector("[data-testid=invitee-response]"), "总经理当日出差");
        WebElement again = b.visible(By.cssSelector("[data-testid=assign-row][data-id='" + filingId + "']"));
        type(again, "assign-order", "2");
        type(again, "assign-slot-start", "10:30");
        type(again, "assign-slot-end", "11:00");
        b.screenshot("console-defense-reschedule");
        again.findElement(By.cssSelector("[data-testid=assign-pick]")).click();
        b.driver().findElement(By.cssSelector("[data-testid=assign-submit]")).click();
        waitFor(b, "[data-testid=invitee-row][data-id='" + filingId + "']", "data-response", "NONE");
        assertThat(b.visible(By.cssSelector("[data-testid=invitee-row][data-id='" + filingId + "']")).getText()).contains("10:30–11:00");
        assertThat(b.driver().findElements(By.cssSelector("[data-testid=assign-row]"))).isEmpty();
        mvc.perform(post("/api/applicant/filings/{id}/defense-answer", filingId).with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"attend\":true}"))
                .andExpect(jsonPath("$.status").value("DEFENSE_CONFIRMED"))
                .andExpect(jsonPath("$.defense.slotStart").value("10:30:00"));

        // Before the session starts the server refuses a result; after it, a failure needs a reason.
        b.driver().navigate().refresh();
        waitFor(b, "[data-testid=invitee-row][data-id='" + filingId + "']", "data-response", "CONFIRMED");
        new Select(b.visible(By.cssSelector("[data-testid=invitee-outcome]"))).selectByValue("PASSED");
        b.driver().findElement(By.cssSelector("[data-testid=invitee-record]")).click();
        b.showing(By.cssSelector("[data-testid=invitee-error]"), "答辩开始后方可录入结果");

        pin("2021-10-12T15:00:00+08:00");
        b.driver().navigate().refresh();
        new Select(b.visible(By.cssSelector("[data-testid=invitee-outcome]"))).selectByValue("FAILED");
        b.driver().findElement(By.cssSelector("[data-testid=invitee-record]")).click();
        b.showing(By.cssSelector("[data-testid=invitee-error]"), "须填写理由");
        type(b, "invitee-reason", "方案与广东制造业场景结合不足");
        b.driver().findElement(By.cssSelector("[data-testid=invitee-record]")).click();
        waitFor(b, "[data-testid=invitee-row][data-id='" + filingId + "']", "data-status", "DEFENSE_FAILED");
        assertThat(b.visible(By.cssSelector("[data-testid=invitee-outcome-done]")).getText()).isEqualTo("未通过");
        b.screenshot("console-defense-result");

        // The list shows the session.
        b.driver().findElement(By.cssSelector("[data-testid=nav-defense]")).click();
        assertThat(b.visible(By.cssSelector("[data-testid=defense-row][data-id='" + sessionId + "']")).getText())
                .contains("2021年第二批").contains("联盟第三会议室").contains("1 / 10");
        b.screenshot("console-defense-list");
    }

    private static void type(Browser b, String testid, String text) {
        WebElement el = b.visible(By.cssSelector("[data-testid=" + testid + "]"));
        el.clear();
        el.sendKeys(text);
    }

    private static void type(WebElement scope, String testid, String text) {
        WebElement el = scope.findElement(By.cssSelector("[data-testid=" + testid + "]"));
        el.clear();
        el.sendKeys(text);
    }

    private static void waitFor(Browser b, String css, String attribute, String value) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, value));
    }

    private static List<WebElement> waitForAll(Browser b, String css, int n) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), n));
    }
}
