package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.review.OnsiteDraw;
import cn.aiigd.pool.review.OnsiteDraws;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * <p>Then the batch's 现场考察 draw, its check from the seed in the page, the on-site result, a publicity
 * with an objection, and the publication.
 *
 * <p>Every filing here is in batch 2 (filed 2021-08-02) and ends decided or published, so the batch-1
 * draws of other tests never meet them. The draw test runs second: batch 2 has one draw, after which
 * no session in it takes invitations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleDefenseIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    NoticeDispatcher dispatcher;

    @Test
    @Order(1)
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
        navShows(b, "nav-defense", "nav-onsite", "nav-publicity", "nav-pool", "nav-filings");
        assertThat(b.driver().findElements(By.cssSelector("[data-testid=nav-accounts]"))).isEmpty();

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

    @Test
    @Order(2)
    void theDrawIsCheckedFromItsSeedAndTheBatchIsPublishedAfterItsPublicity() throws Exception {
        Api.Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        Api.Applicant alpha = api.applicant();
        Api.Applicant beta = api.applicant();
        long supplierA = journeys.approvedSupplier(alpha);
        long supplierB = journeys.approvedSupplier(beta);
        pin("2021-08-02T10:00:00+08:00");
        long filingA = journeys.submittedFiling(alpha, supplierA, "APPLICATION");
        long filingB = journeys.submittedFiling(beta, supplierB, "PLATFORM");
        pin("2021-09-20T10:00:00+08:00");
        staff(alliance, "/api/staff/filings/prelim", "{\"filingIds\":[" + filingA + "," + filingB + "],\"pass\":true}");
        long session = api.read(staff(alliance, "/api/staff/defense-sessions",
                "{\"batchId\":2,\"day\":\"2021-10-14\",\"startsAt\":\"09:00\",\"endsAt\":\"12:00\","
                        + "\"venue\":\"联盟第四会议室\",\"address\":\"广州市越秀区东风中路 1 号\",\"capacity\":10}")).get("id").asLong();
        staff(alliance, "/api/staff/defense-sessions/" + session + "/assignments",
                "[{\"filingId\":" + filingA + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"},"
                        + "{\"filingId\":" + filingB + ",\"order\":2,\"slotStart\":\"09:30\",\"slotEnd\":\"10:00\"}]");
        pin("2021-10-14T15:00:00+08:00");
        for (long f : List.of(filingA, filingB)) {
            staff(alliance, "/api/staff/filings/" + f + "/defense-result", "{\"outcome\":\"PASSED\"}");
        }

        try (Browser b = Browser.desktop(port)) {
            try {
                // An admin runs this part: the review pages are theirs too.
                drawAndPublish(b, api.staff(StaffRole.ADMIN, null), filingA, filingB);
                managePool(b, beta, supplierB, filingA);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("console-defense-onsite-failure");
                throw e;
            }
        }
        assertThat(count("SELECT COUNT(*) FROM filing WHERE id IN (?, ?) AND status = 'PUBLISHED'", filingA, filingB)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM membership WHERE filing_id IN (?, ?)", filingA, filingB)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM membership WHERE filing_id = ? AND status = 'ELIMINATED'", filingA)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT company_name FROM supplier WHERE id = ?", String.class, supplierB))
                .isEqualTo("广东新名称工业互联网有限公司");
    }

    /** 资源池管理: a member eliminated with a reason, and a change request with its proof approved. */
    private void managePool(Browser b, Api.Applicant beta, long supplierB, long filingA) throws Exception {
        long change = api.read(mvc.perform(post("/api/applicant/suppliers/{id}/change-requests", supplierB).with(beta.auth())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"NAME\",\"newValue\":\"广东新名称工业互联网有限公司\",\"explanation\":\"工商变更登记已完成\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/applicant/change-requests/{id}/files", change)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "变更登记通知书.pdf", "application/pdf",
                        cn.aiigd.pool.support.Pdf.minimalPdf()))
                .with(beta.auth())).andExpect(status().isCreated());
        long membershipA = jdbc.queryForObject("SELECT id FROM membership WHERE filing_id = ?", Long.class, filingA);

        b.driver().findElement(By.cssSelector("[data-testid=nav-pool]")).click();
        WebElement member = b.visible(By.cssSelector("[data-testid=member-row][data-id='" + membershipA + "']"));
        member.findElement(By.cssSelector("[data-testid=member-eliminate]")).click();
        b.showing(By.cssSelector("[data-testid=member-error]"), "请填写淘汰理由");
        type(member, "member-reason", "连续两年未参加联盟活动");
        member.findElement(By.cssSelector("[data-testid=member-eliminate]")).click();
        b.visible(By.cssSelector("[data-testid=eliminate-dialog-ok]")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=member-row][data-id='" + membershipA + "']"), 0));
        new Select(b.visible(By.cssSelector("[data-testid=member-status]"))).selectByValue("ELIMINATED");
        assertThat(b.visible(By.cssSelector("[data-testid=member-row][data-id='" + membershipA + "']")).getText())
                .contains("连续两年未参加联盟活动");

        WebElement row = b.visible(By.cssSelector("[data-testid=change-row][data-id='" + change + "']"));
        assertThat(row.getText()).contains("广东新名称工业互联网有限公司").contains("变更登记通知书.pdf");
        assertThat(row.findElement(By.cssSelector("[data-testid=change-file]")).getAttribute("href"))
                .contains("/api/staff/change-requests/" + change + "/files/");
        b.screenshot("console-defense-pool");
        row.findElement(By.cssSelector("[data-testid=change-approve]")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=change-row][data-id='" + change + "']"), 0));
        new Select(b.visible(By.cssSelector("[data-testid=change-status]"))).selectByValue("APPROVED");
        waitFor(b, "[data-testid=change-row][data-id='" + change + "']", "data-status", "APPROVED");
        b.screenshot("console-defense-pool-decided");
    }

    private void drawAndPublish(Browser b, Api.Staff admin, long filingA, long filingB) throws Exception {
        b.go("/console/onsite?batch=2");
        b.visible(By.cssSelector("[data-testid=login-username]")).sendKeys(admin.username());
        b.driver().findElement(By.cssSelector("[data-testid=login-password]")).sendKeys(admin.password());
        b.driver().findElement(By.cssSelector("[data-testid=login-submit]")).click();
        b.visible(By.cssSelector("[data-testid=page-onsite]"));
        navShows(b, "nav-defense", "nav-onsite", "nav-publicity", "nav-pool", "nav-accounts");
        b.showing(By.cssSelector("[data-testid=onsite-eligible]"), "答辩通过、待抽取的申报 2 个");
        new Select(b.visible(By.cssSelector("[data-testid=onsite-mode]"))).selectByValue("COUNT");
        type(b, "onsite-amount", "1");
        b.driver().findElement(By.cssSelector("[data-testid=onsite-run]")).click();
        b.visible(By.cssSelector("[data-testid=onsite-confirm-ok]")).click();

        WebElement record = b.visible(By.cssSelector("[data-testid=onsite-record]"));
        long drawId = Long.parseLong(record.getAttribute("data-id"));
        String storedSeed = String.valueOf(jdbc.queryForObject("SELECT seed FROM onsite_draw WHERE id = ?", Long.class, drawId));
        // The seed is shown exactly (a Java long, often beyond a JavaScript number's precision).
        assertThat(b.visible(By.cssSelector("[data-testid=onsite-seed]")).getText()).isEqualTo(storedSeed);
        List<String> candidates = b.driver().findElements(By.cssSelector("[data-testid=onsite-candidate]")).stream()
                .map(e -> e.getAttribute("data-id")).toList();
        assertThat(candidates).contains(String.valueOf(filingA), String.valueOf(filingB));
        List<WebElement> selected = b.driver().findElements(By.cssSelector("[data-testid=onsite-selected-row]"));
        assertThat(selected).hasSize(1);
        long drawn = Long.parseLong(selected.get(0).getAttribute("data-id"));
        assertThat(drawn).isIn(filingA, filingB);
        // The page's own re-run from the seed matches the stored selection, and so does the server's.
        b.driver().findElement(By.cssSelector("[data-testid=onsite-verify]")).click();
        WebElement verdict = b.visible(By.cssSelector("[data-testid=onsite-verify-result]"));
        assertThat(verdict.getAttribute("data-match")).isEqualTo("true");
        assertThat(verdict.getText()).contains("一致").contains("#" + drawn);
        assertThat(b.visible(By.cssSelector("[data-testid=onsite-server-reproduced]")).getAttribute("data-reproduced")).isEqualTo("true");
        b.screenshot("console-defense-onsite-draw");
        // With two candidates a wrong port could still agree by chance: the page's selection code must
        // give what OnsiteDraws.select gives for seeds over the whole long range and larger groups.
        List<String> seeds = List.of("7", "-1", "9223372036854775807", "-9223372036854775808", "538144384179101184",
                "-4962768465676381896", "1234567890123456789");
        Map<String, List<Long>> groups = Map.of("APPLICATION", java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList(),
                "PLATFORM", List.of(51L, 52L, 53L, 54L, 55L), "SECURITY", List.of(61L));
        Object inPage = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript(
                "const seeds = arguments[0], groups = JSON.parse(arguments[1]), done = arguments[arguments.length - 1];"
                        + "import('/console/app/draw.js').then((m) => done(JSON.stringify(seeds.map((s) => ["
                        + "m.selectFromSeed(s, 'COUNT', 3, groups), m.selectFromSeed(s, 'PERCENT', 30, groups)]))))"
                        + ".catch((e) => done('failed: ' + e));",
                seeds, api.write(groups));
        List<List<List<Long>>> expected = seeds.stream().map(seed -> List.of(
                OnsiteDraws.select(Long.parseLong(seed), OnsiteDraw.Mode.COUNT, 3, groups),
                OnsiteDraws.select(Long.parseLong(seed), OnsiteDraw.Mode.PERCENT, 30, groups))).toList();
        assertThat((String) inPage).isEqualTo(api.write(expected));

        pin("2021-10-18T10:00:00+08:00");
        b.driver().findElement(By.cssSelector("[data-testid=onsite-pass]")).click();
        waitFor(b, "[data-testid=onsite-selected-row][data-id='" + drawn + "']", "data-status", "ONSITE_DONE");
        b.screenshot("console-defense-onsite-result");

        // 公示: both (the one visited on site, the other not drawn), seven days from 10-20.
        pin("2021-10-20T09:00:00+08:00");
        b.driver().findElement(By.cssSelector("[data-testid=nav-publicity]")).click();
        new Select(b.visible(By.cssSelector("[data-testid=publicity-batch]"))).selectByValue("2");
        b.visible(By.cssSelector("[data-testid=publicity-new] summary")).click();
        assertThat(b.driver().findElements(By.cssSelector("[data-testid=publicity-pick]")).stream().map(e -> e.getAttribute("data-id")))
                .containsExactlyInAnyOrder(String.valueOf(filingA), String.valueOf(filingB));
        type(b, "pub-starts", "2021-10-20");
        type(b, "pub-days", "7");
        b.driver().findElement(By.cssSelector("[data-testid=pub-open]")).click();
        assertThat(b.visible(By.cssSelector("[data-testid=publicity-ends]")).getText()).isEqualTo("2021-10-26");

        // An objection against B, recorded and dismissed on the page.
        pin("2021-10-22T10:00:00+08:00");
        WebElement rowB = b.visible(By.cssSelector("[data-testid=publicity-filing][data-id='" + filingB + "']"));
        rowB.findElement(By.cssSelector("[data-testid=objection-new] summary")).click();
        type(rowB, "objection-by", "某竞争企业");
        type(rowB, "objection-content", "案例客户与实际不符");
        rowB.findElement(By.cssSelector("[data-testid=objection-raise]")).click();
        waitFor(b, "[data-testid=publicity-filing][data-id='" + filingB + "']", "data-status", "OBJECTION");
        b.showing(By.cssSelector("[data-testid=objection]"), "案例客户与实际不符");
        b.screenshot("console-defense-objection");
        type(b, "objection-note", "经核查案例属实");
        b.driver().findElement(By.cssSelector("[data-testid=objection-dismiss]")).click();
        waitFor(b, "[data-testid=objection]", "data-resolution", "DISMISSED");
        assertThat(b.visible(By.cssSelector("[data-testid=publicity-filing][data-id='" + filingB + "']")).getAttribute("data-status"))
                .isEqualTo("PUBLICITY");

        // Publishing before the period ends is refused with the end date; after it, both are published.
        b.driver().findElement(By.cssSelector("[data-testid=publicity-publish]")).click();
        b.visible(By.cssSelector("[data-testid=publish-dialog-ok]")).click();
        b.showing(By.cssSelector("[data-testid=publicity-publish-error]"), "2021-10-26");
        pin("2021-10-27T09:00:00+08:00");
        b.driver().findElement(By.cssSelector("[data-testid=publicity-publish]")).click();
        b.visible(By.cssSelector("[data-testid=publish-dialog-ok]")).click();
        waitFor(b, "[data-testid=publicity]", "data-published", "true");
        waitFor(b, "[data-testid=publicity-filing][data-id='" + filingA + "']", "data-status", "PUBLISHED");
        b.screenshot("console-defense-published");
    }

    private String staff(Api.Staff s, String path, String body) throws Exception {
        return mvc.perform(post(path).with(s.auth()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    private static void navShows(Browser b, String... testids) {
        for (String testid : testids) {
            assertThat(b.visible(By.cssSelector("[data-testid=" + testid + "]")).isDisplayed()).as(testid).isTrue();
        }
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
