package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.Pdf;
import cn.aiigd.pool.wechat.signin.ApplicantSessions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The sandbox page in a real browser: a newcomer creates a follower, chats with the account through
 * the real signed portal, and when staff decide the follower's registration the template card
 * arrives in the page's feed, as the in-app WeChat recorded it.
 */
class SandboxBrowserIT extends SandboxTestSupport {

    @LocalServerPort
    int port;
    @Autowired
    ApplicantSessions sessions;

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    @Test
    void aNewcomerChatsAndSeesTheTemplateCardOfAStaffDecision() throws Exception {
        try (Browser b = Browser.desktop(port)) {
            b.go("/sandbox/");
            b.visible(testid("follower-picker"));
            // The page is ready once its script has listed the followers (the form works only then).
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElement(testid("follower-companies")).getText().isBlank());
            b.screenshot("sandbox-01-opened");

            String nickname = "浏览器测试" + (System.nanoTime() % 10000);
            b.visible(testid("follower-name")).sendKeys(nickname);
            b.driver().findElement(testid("follower-create")).click();
            b.showing(testid("follower-companies"), "尚未绑定企业");
            assertThat(new org.openqa.selenium.support.ui.Select(b.driver().findElement(testid("follower-picker"))).getFirstSelectedOption()
                    .getText()).contains(nickname);
            String openid = null;
            for (var f : json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/sandbox/followers"), 200)) {
                if (nickname.equals(f.get("nickname").asString())) {
                    openid = f.get("openid").asString();
                }
            }
            assertThat(openid).as("the follower the page created").isNotNull();
            // The welcome is the portal's own reply to the subscribe event.
            b.showing(testid("chat-replies"), "申报");

            // A fresh node builds its policy index (loading the sentence model, encoding every phrasing) in
            // the background: 8–24 s on a busy 2-core machine. A message asked before it is ready is
            // answered late, through the customer-service API, after this test's wait; the public API
            // waits for the build, so asking it once first makes the chat below answer in time.
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/public/policy/answer")
                    .param("q", "第二批几号截止")).andReturn();
            b.visible(testid("chat-input")).sendKeys("第二批几号截止");
            b.driver().findElement(testid("chat-send")).click();
            b.showing(testid("chat-replies"), "9月15日");
            // A question it cannot answer offers numbered questions; the number alone asks one.
            b.visible(testid("chat-input")).sendKeys("车间里5G专网和WiFi6哪个更稳定？");
            b.driver().findElement(testid("chat-send")).click();
            b.showing(testid("chat-replies"), "回复序号即可");
            b.visible(testid("chat-input")).sendKeys("1");
            b.driver().findElement(testid("chat-send")).click();
            b.showing(testid("chat-replies"), "「");
            b.screenshot("sandbox-02-chat");

            // The follower registers a company (through the applicant API, as the H5 pages do) and staff decide it.
            Api.Applicant applicant = new Api.Applicant(openid, sessions.open(openid));
            long supplierId = api.read(mvc.perform(post("/api/applicant/suppliers").with(applicant.auth()).contentType(MediaType.APPLICATION_JSON)
                    .content(api.write(Api.completeForm(Api.creditCode(), "440000", "440100")))).andReturn().getResponse()
                    .getContentAsString()).get("id").asLong();
            mvc.perform(multipart("/api/applicant/suppliers/{id}/files", supplierId)
                    .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", Pdf.minimalPdf())).with(applicant.auth()));
            mvc.perform(post("/api/applicant/suppliers/{id}/submit", supplierId).with(applicant.auth()));
            assertThat(mvc.perform(post("/api/staff/suppliers/{id}/approve", supplierId).with(api.staff(StaffRole.ADMIN, null).auth()))
                    .andReturn().getResponse().getStatus()).isEqualTo(200);

            // The dispatcher sends through WxJava to the in-app WeChat; the page polls the recorded feed.
            WebElement card = new WebDriverWait(b.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(
                    By.cssSelector("[data-testid='feed-item'][data-kind='CARD'][data-template='supplier-reviewed']")).stream()
                    .findFirst().orElse(null));
            assertThat(card.getText()).contains("审核通过");
            assertThat(b.driver().findElements(By.cssSelector("[data-testid='feed-item'][data-template='supplier-submitted']"))).isNotEmpty();
            b.screenshot("sandbox-03-template-card");
        }
    }
}
