package cn.aiigd.pool.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Browser;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Pdf;
import cn.aiigd.pool.supplier.SupplierForm;
import cn.aiigd.pool.wechat.signin.ApplicantSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The applicant's H5 pages in a real headless Chromium at a phone's size, signed in the way a
 * follower is: the page's 401 sends the browser through WeChat OAuth (the fake WeChat answers the
 * authorize page with a redirect and a code) and back with the POOLSESSION cookie. The server runs
 * on a fixed port chosen here, because the OAuth callback address and the origin that may write with
 * the session are both built from {@code pool.public-base-url}, which must be known before start-up.
 * "Today" is IntegrationTest's pinned 2021-02-10, the day before Spring Festival.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ApplicantPagesBrowserIT extends IntegrationTest {

    private static final int PORT = freePort();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void ownAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("pool.public-base-url", () -> BASE);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    private ApplicantSessions sessions;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    // ---------------------------------------------------------------- the path

    @Test
    void aFollowerRegistersFixesTheCreditCodeUploadsSubmitsAndSeesTheApproval() throws Exception {
        String openid = newOpenid();
        String company = "广东浏览器测试智造科技有限公司" + suffix();
        String code = Api.creditCode();
        String wrong = withWrongCheckCharacter(code);
        int authorizeVisitsBefore = authorizeVisits();

        try (Browser b = signedIn(openid, "/h5/")) {
            // The browser went through WeChat's authorize page, which sent it to our callback, and came back
            // with a session cookie that scripts cannot read.
            assertThat(authorizeVisits()).isGreaterThan(authorizeVisitsBefore);
            Cookie session = b.driver().manage().getCookieNamed("POOLSESSION");
            assertThat(session).isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(text(b, "page-title")).isEqualTo("资源池申报");
            b.screenshot("h5-01-signed-in");

            click(b, testid("home-new-supplier"));
            waitFor(b, atPath("/h5/suppliers/new"));
            fillRegistration(b, company, wrong);
            b.screenshot("h5-02-form-filled-wrong-credit-code");

            click(b, testid("supplier-save"));
            WebElement error = b.showing(testid("sf-creditCode-error"), "校验位不正确");
            assertThat(error.isDisplayed()).isTrue();
            // Next to the field: the line right under the credit-code cell, which is marked as wrong.
            assertThat((Boolean) ((JavascriptExecutor) b.driver()).executeScript("const cell = arguments[0].previousElementSibling;"
                    + "return cell.contains(document.getElementById('sf-creditCode')) && cell.classList.contains('has-error');", error)).isTrue();
            settle(b);
            b.screenshot("h5-03-credit-code-error");
            // The page refused before asking the server: no record under either code, none bound to this follower.
            assertThat(pathOf(b.url())).isEqualTo("/h5/suppliers/new");
            assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code IN (?, ?)", wrong, code)).isZero();
            assertThat(suppliersOf(openid)).isZero();

            WebElement cc = b.driver().findElement(testid("sf-creditCode"));
            cc.clear();
            cc.sendKeys(code);
            waitFor(b, d -> d.findElement(testid("sf-creditCode-error")).getText().isEmpty());
            click(b, testid("supplier-save"));
            waitFor(b, atPathMatching("/h5/suppliers/\\d+/edit"));
            b.showing(testid("toast"), "草稿已保存");
            long id = idFrom(b.url(), "/h5/suppliers/(\\d+)/edit");
            assertThat(jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, id)).isEqualTo("DRAFT");
            assertThat(jdbc.queryForObject("SELECT credit_code FROM supplier WHERE id = ?", String.class, id)).isEqualTo(code);
            assertThat(count("SELECT COUNT(*) FROM supplier_binding WHERE supplier_id = ? AND openid = ?", id, openid)).isOne();
            b.screenshot("h5-04-draft-saved");

            uploadLicence(b);
            WebElement file = b.driver().findElement(testid("sf-file-item"));
            assertThat(file.findElement(By.tagName("a")).getText()).isEqualTo("营业执照.pdf");
            assertThat(file.findElement(By.className("file-row__meta")).getText()).startsWith("营业执照 · ");
            assertThat(jdbc.queryForObject("SELECT kind FROM supplier_file WHERE supplier_id = ?", String.class, id)).isEqualTo("BUSINESS_LICENSE");
            b.screenshot("h5-05-licence-uploaded");

            click(b, testid("supplier-submit"));
            waitFor(b, atPath("/h5/suppliers/" + id));
            b.showing(testid("supplier-stage"), "待审核");
            LocalDate due = jdbc.queryForObject("SELECT review_due_on FROM supplier WHERE id = ?", LocalDate.class, id);
            // Five working days from Wednesday 2021-02-10 over the Spring Festival holiday (Saturday 02-20 is worked).
            assertThat(due).isEqualTo(LocalDate.of(2021, 2, 23));
            assertThat(b.showing(testid("next-step-by"), due.toString()).getText()).isEqualTo("预计审核完成：2021-02-23");
            b.screenshot("h5-06-submitted-pending-review");

            // Eight days later, within the five working days, Guangzhou's reviewer approves it through the staff API.
            pin("2021-02-18T15:30:00+08:00");
            Api.Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, "440100");
            HttpResponse<String> approved = staffPost(reviewer, "/api/staff/suppliers/" + id + "/approve", "{}");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

            b.driver().navigate().refresh();
            b.showing(testid("supplier-stage"), "审核通过");
            List<WebElement> entries = b.driver().findElements(testid("timeline-entry"));
            // Newest first: the approval, with the day and time it was made, then the submission with its due date.
            assertThat(entries.get(0).getAttribute("data-action")).isEqualTo("APPROVE");
            assertThat(entries.get(0).getAttribute("data-to")).isEqualTo("APPROVED");
            assertThat(entries.get(0).findElement(testid("timeline-head")).getText()).isEqualTo("审核通过");
            assertThat(entries.get(0).getText()).contains("2021-02-18 15:30").contains("审核工作人员");
            assertThat(entries).anySatisfy(e -> {
                assertThat(e.getAttribute("data-action")).isEqualTo("SUBMIT");
                assertThat(e.findElement(testid("timeline-head")).getText()).isEqualTo("提交审核 → 待审核");
                assertThat(e.getText()).contains("2021-02-10 10:00").contains("审核截止 2021-02-23");
            });
            b.screenshot("h5-07-approved-timeline");
        }
    }

    // ---------------------------------------------------------------- double taps

    @Test
    void aDoubleTapOnSaveOrSubmitStoresOneRecordAndOneSubmission() throws Exception {
        String openid = newOpenid();
        try (Browser b = signedIn(openid, "/h5/suppliers/new")) {
            fillRegistration(b, "双击测试工业软件有限公司" + suffix(), Api.creditCode());
            doubleTap(b, testid("supplier-save"));
            waitFor(b, atPathMatching("/h5/suppliers/\\d+/edit"));
            long id = idFrom(b.url(), "/h5/suppliers/(\\d+)/edit");
            waitUntilEnabled(b, "supplier-save");
            assertThat(suppliersOf(openid)).isOne();

            uploadLicence(b);
            doubleTap(b, testid("supplier-submit"));
            waitFor(b, atPath("/h5/suppliers/" + id));
            b.showing(testid("supplier-stage"), "待审核");
            assertThat(suppliersOf(openid)).isOne();
            assertThat(count("SELECT COUNT(*) FROM supplier_history WHERE supplier_id = ? AND action = 'SUBMIT'", id)).isOne();
            assertThat(count("SELECT COUNT(*) FROM supplier_file WHERE supplier_id = ?", id)).isOne();
            b.screenshot("h5-double-tap-one-submission");
        }
    }

    // ---------------------------------------------------------------- WeChat's back button

    @Test
    void theBackButtonFromASupplierReturnsToTheHomePage() throws Exception {
        Api.Applicant follower = applicantWithOpenid(newOpenid());
        String company = "返回键测试科技有限公司" + suffix();
        long id = draftSupplier(follower, company);
        try (Browser b = signedIn(follower.openid(), "/h5/")) {
            WebElement item = b.visible(By.cssSelector("[data-testid=home-supplier-item][data-id='" + id + "']"));
            assertThat(item.getAttribute("data-status")).isEqualTo("DRAFT");
            click(b, By.cssSelector("[data-testid=home-supplier-item][data-id='" + id + "']"));
            waitFor(b, atPath("/h5/suppliers/" + id));
            b.showing(testid("page-title"), company);
            b.screenshot("h5-back-01-supplier");

            b.driver().navigate().back();
            waitFor(b, atPath("/h5/"));
            b.showing(testid("page-title"), "资源池申报");
            assertThat(b.visible(By.cssSelector("[data-testid=home-supplier-item][data-id='" + id + "']")).getText()).contains(company);
            assertThat(b.driver().getTitle()).isEqualTo("资源池申报");
            b.screenshot("h5-back-02-home");
        }
    }

    // ---------------------------------------------------------------- narrow and wide phones

    @Test
    void theRegistrationPageHasNoHorizontalScrollbarFrom360To414PixelsWide() throws Exception {
        try (Browser b = signedIn(newOpenid(), "/h5/suppliers/new")) {
            // The widest content the page grows: a case block, two industry chips and an error line.
            fillRegistration(b, "宽度测试智能制造有限公司" + suffix(), withWrongCheckCharacter(Api.creditCode()));
            click(b, testid("supplier-save"));
            b.showing(testid("sf-creditCode-error"), "校验位不正确");
            for (int width : new int[] {360, 414}) {
                b.driver().manage().window().setSize(new Dimension(width, 800));
                JavascriptExecutor js = (JavascriptExecutor) b.driver();
                waitFor(b, d -> ((Number) js.executeScript("return window.innerWidth")).intValue() == width);
                long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(scrollWidth).as("scrollWidth at %d px", width).isLessThanOrEqualTo(width);
                settle(b);
                b.screenshot("h5-width-" + width);
            }
        }
    }

    @Test
    void theBindBoxOnTheLandingPageHasFingerSizedRowsAndKeepsItsButtonOffTheEdge() throws Exception {
        try (Browser b = signedIn(newOpenid(), "/h5/")) {
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            b.visible(testid("bind-credit-code"));
            long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            for (String field : new String[] {"creditCode", "code"}) {
                WebElement row = b.driver().findElement(By.cssSelector("[data-testid=bind-form] .weui-cell[data-field=" + field + "]"));
                // 44 px: the smallest target a thumb hits reliably (Apple HIG; WeChat's own cells are 56).
                assertThat(row.getRect().getHeight()).as("height of the %s row", field).isGreaterThanOrEqualTo(44);
            }
            WebElement send = b.driver().findElement(testid("bind-send-code"));
            // The words, not the button's box: the box may reach the edge, its text must not touch it.
            double textRight = ((Number) js.executeScript("const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                    + "return r.getBoundingClientRect().right;", send)).doubleValue();
            assertThat(textRight).as("right edge of the words 获取验证码").isLessThanOrEqualTo(viewport - 8);
            assertThat(send.getRect().getHeight()).as("height of 获取验证码").isGreaterThanOrEqualTo(44);
            b.screenshot("h5-bind-box");
        }
    }

    // ---------------------------------------------------------------- another follower's record

    @Test
    void aFollowerCannotOpenAnotherFollowersSupplier() throws Exception {
        Api.Applicant owner = applicantWithOpenid(newOpenid());
        String company = "别人家的保密科技有限公司" + suffix();
        long id = draftSupplier(owner, company);
        try (Browser b = signedIn(newOpenid(), "/h5/")) {
            for (String path : new String[] {"/h5/suppliers/" + id, "/h5/suppliers/" + id + "/edit"}) {
                b.go(path);
                WebElement missing = b.showing(testid("not-found"), "该记录不存在，或未与您的微信绑定");
                assertThat(missing.isDisplayed()).isTrue();
                assertThat(text(b, "page-title")).isEqualTo("未找到");
                String page = b.driver().findElement(By.tagName("body")).getText();
                assertThat(page).as(path).doesNotContain(company).doesNotContain("别人家");
            }
            b.screenshot("h5-someone-elses-supplier");
        }
    }

    // ---------------------------------------------------------------- FAQ

    @Test
    void theFaqBoxOnTheLandingPageAnswersTheSecondBatchDeadline() throws Exception {
        try (Browser b = signedIn(newOpenid(), "/h5/")) {
            b.visible(testid("faq-input")).sendKeys("第二批几号截止");
            click(b, testid("faq-submit"));
            WebElement answer = b.showing(testid("faq-answer"), "9月15日");
            assertThat(answer.isDisplayed()).isTrue();
            assertThat(answer.getText()).contains("第二批");
            b.screenshot("h5-faq-second-batch");
        }
    }

    // ================================================================ helpers

    /** A browser signed in as this follower through the fake WeChat, on the page it asked for. */
    private Browser signedIn(String openid, String path) {
        FakeWeChat.instance().signInAs(openid);
        Browser b = Browser.phone(PORT);
        try {
            b.go(path);
            // The page's first API call answers 401 → /wx/oauth/authorize → fake WeChat → /wx/oauth/callback → back
            // here with the session cookie. The address already equals the target before the round trip, so
            // the cookie is what says it is over. (The browser keeps the authorize URL's #wechat_redirect
            // fragment through the redirects, as HTTP says it must; the pages route by path and ignore it.)
            waitFor(b, d -> d.manage().getCookieNamed("POOLSESSION") != null && pathOf(d.getCurrentUrl()).equals(path)
                    && !d.findElements(testid("page-title")).isEmpty() && d.findElement(testid("page-title")).isDisplayed());
            return b;
        } catch (RuntimeException | AssertionError e) {
            b.screenshot("h5-sign-in-failed");
            b.close();
            throw e;
        }
    }

    /** Every field the registration asks for, through the controls a person uses. */
    private void fillRegistration(Browser b, String company, String creditCode) {
        WebDriver d = b.driver();
        b.visible(testid("sf-companyName")).sendKeys(company);
        d.findElement(testid("sf-creditCode")).sendKeys(creditCode);
        new Select(d.findElement(testid("sf-registrationProvince"))).selectByValue("440000");
        // The city appears only for Guangdong.
        new Select(b.visible(testid("sf-registrationCity"))).selectByValue("440100");
        d.findElement(testid("sf-legalRepresentative")).sendKeys("王五");
        // A date input's typed format follows the browser's locale; setting the value as the picker does is reliable.
        ((JavascriptExecutor) d).executeScript("const e = arguments[0]; e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                d.findElement(testid("sf-foundedOn")), "2015-06-01");
        check(b, "sf-coversGuangdong");
        d.findElement(testid("sf-teamInGuangdong")).sendKeys("广州、佛山设有 30 人的实施与运维团队");
        d.findElement(testid("sf-ipSummary")).sendKeys("发明专利 2 项、软件著作权 8 项");

        // The searchable GB/T 4754 picker: by name, then by code.
        WebElement search = d.findElement(testid("sf-industries-search"));
        search.sendKeys("塑料");
        click(b, By.cssSelector("[data-testid=sf-industry-option][data-code='29']"));
        search.clear();
        search.sendKeys("39");
        click(b, By.cssSelector("[data-testid=sf-industry-option][data-code='39']"));
        waitFor(b, x -> x.findElements(testid("sf-industry-chip")).size() == 2);

        click(b, testid("sf-add-case"));
        b.visible(testid("sf-cases-0-customer")).sendKeys("佛山某注塑企业");
        new Select(d.findElement(testid("sf-cases-0-industry"))).selectByValue("29");
        d.findElement(testid("sf-cases-0-year")).sendKeys("2020");
        d.findElement(testid("sf-cases-0-summary")).sendKeys("注塑车间设备联网与能耗管理");

        d.findElement(testid("sf-contactName")).sendKeys("李四");
        d.findElement(testid("sf-contactMobile")).sendKeys(Api.mobile());
        d.findElement(testid("sf-contactEmail")).sendKeys("contact@example.com");
        check(b, "sf-consentCommitments");
        check(b, "sf-consentPrivacy");
    }

    private void check(Browser b, String testid) {
        WebElement box = b.driver().findElement(testid(testid));
        if (!box.isSelected()) {
            click(b, testid(testid));
        }
        waitFor(b, ExpectedConditions.elementToBeSelected(testid(testid)));
    }

    /** The business licence as a real file chosen in the file input; waits until the upload has finished. */
    private void uploadLicence(Browser b) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser-uploads", UUID.randomUUID().toString()));
        Path pdf = Files.write(dir.resolve("营业执照.pdf"), Pdf.minimalPdf());
        new Select(b.driver().findElement(testid("sf-file-kind"))).selectByValue("BUSINESS_LICENSE");
        b.driver().findElement(testid("sf-file-input")).sendKeys(pdf.toAbsolutePath().toString());
        // The bar reports the whole file sent (it hides itself shortly after, keeping its value), then the file is listed.
        waitFor(b, ExpectedConditions.attributeToBe(testid("sf-upload-progress"), "aria-valuenow", "100"));
        assertThat(b.driver().findElement(testid("sf-upload-percent")).getAttribute("textContent")).isEqualTo("100%");
        b.showing(testid("sf-file-item"), "营业执照.pdf");
        // The input comes back once the page has also learnt the record's new version; a save before that would be stale.
        waitUntilEnabled(b, "sf-file-input");
        // The bar folds away a moment later and the buttons below move up: a tap aimed before that would miss.
        waitFor(b, ExpectedConditions.invisibilityOfElementLocated(testid("sf-upload-progress")));
        assertThat(b.driver().findElement(testid("sf-files-error")).getText()).isEmpty();
    }

    /** Two taps as a person makes them, in one gesture: the second lands while the first is still working. */
    private void doubleTap(Browser b, By by) {
        WebElement button = b.visible(by);
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "if (!window.__tapCounter) { window.__tapCounter = true; window.addEventListener('pointerdown', (e) => {"
                + " if (++window.__taps === 1) window.__firstTapOnButton = window.__tapTarget.contains(e.target); }, {capture: true}); }"
                + "window.__tapTarget = arguments[0]; window.__taps = 0; window.__firstTapOnButton = false;", button);
        settle(b);
        waitUntilTappable(b, button);
        new Actions(b.driver()).doubleClick(button).perform();
        // Both taps reached the page (pointer events still fire on a disabled button; clicks do not). Only the
        // first must reach the button: the second may rightly meet the toast the first one's answer put up.
        assertThat(((Number) js.executeScript("return window.__taps")).intValue()).as("taps delivered").isEqualTo(2);
        assertThat((Boolean) js.executeScript("return window.__firstTapOnButton")).as("first tap on the button, not on a mask above it").isTrue();
    }

    private void click(Browser b, By by) {
        settle(b);
        WebElement e = waitFor(b, ExpectedConditions.elementToBeClickable(by));
        waitUntilTappable(b, e);
        e.click();
    }

    /**
     * Waits until a tap at the element's centre would reach the element itself. A toast puts a transparent
     * mask over the whole page for its 1.5 s, so that the stray second tap of a double tap cannot fall through
     * onto whatever lies beneath; a tap the test aims while the mask is up (after a draft save, an instant
     * upload takes less than that) hits the mask and the button never hears of it.
     */
    private void waitUntilTappable(Browser b, WebElement e) {
        // In view first, as a click would bring it: the page is not asked about points off the screen.
        waitFor(b, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("const e = arguments[0]; e.scrollIntoView({block: 'nearest'});"
                + "const r = e.getBoundingClientRect(), at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "return at != null && e.contains(at);", e)));
    }

    private void waitUntilEnabled(Browser b, String id) {
        waitFor(b, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const e = document.querySelector('[data-testid=\"' + arguments[0] + '\"]'); return e != null && !e.disabled;", id)));
    }

    /** Waits until a smooth scroll (the form scrolls to its first error) has come to rest. */
    private void settle(Browser b) {
        long[] last = {Long.MIN_VALUE};
        new WebDriverWait(b.driver(), WAIT, Duration.ofMillis(150)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            long y = ((Number) ((JavascriptExecutor) d).executeScript("return window.scrollY")).longValue();
            boolean still = y == last[0];
            last[0] = y;
            return still;
        });
    }

    private static <T> T waitFor(Browser b, Function<WebDriver, T> condition) {
        return new WebDriverWait(b.driver(), WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private static Function<WebDriver, Boolean> atPath(String path) {
        return d -> pathOf(d.getCurrentUrl()).equals(path);
    }

    private static Function<WebDriver, Boolean> atPathMatching(String regex) {
        return d -> pathOf(d.getCurrentUrl()).matches(regex);
    }

    /** Path and query of an address, without the fragment. */
    private static String pathOf(String url) {
        URI u = URI.create(url);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private static String text(Browser b, String id) {
        return b.visible(testid(id)).getText();
    }

    private static long idFrom(String url, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1));
    }

    private int suppliersOf(String openid) {
        return count("SELECT COUNT(*) FROM supplier_binding WHERE openid = ?", openid);
    }

    /** Visits of WeChat's authorize page that asked to come back to this server's callback. */
    private static int authorizeVisits() {
        return FakeWeChat.instance().server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/connect/oauth2/authorize"))
                .withQueryParam("redirect_uri", com.github.tomakehurst.wiremock.client.WireMock.equalTo(BASE + "/wx/oauth/callback"))
                .withQueryParam("scope", com.github.tomakehurst.wiremock.client.WireMock.equalTo("snsapi_base"))).size();
    }

    private static String newOpenid() {
        return "oBrowser" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }

    /** The same code with another check character: 17 good characters, a wrong 18th. */
    private static String withWrongCheckCharacter(String code) {
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    /** A follower with a chosen openid and an API token, to set up data the browser then sees. */
    private Api.Applicant applicantWithOpenid(String openid) {
        return new Api.Applicant(openid, sessions.open(openid));
    }

    private long draftSupplier(Api.Applicant owner, String company) throws Exception {
        SupplierForm f = Api.completeForm(Api.creditCode(), "440000", "440100");
        SupplierForm named = new SupplierForm(company, f.creditCode(), f.registrationProvince(), f.registrationCity(), f.legalRepresentative(),
                f.foundedOn(), f.coversGuangdong(), f.teamInGuangdong(), f.ipSummary(), f.industries(), f.cases(), f.contactName(),
                f.contactMobile(), f.contactEmail(), f.consentCommitments(), f.consentPrivacy());
        String body = mvc.perform(post("/api/applicant/suppliers").with(owner.auth()).contentType(MediaType.APPLICATION_JSON).content(api.write(named)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return api.read(body).get("id").asLong();
    }

    private HttpResponse<String> staffPost(Api.Staff staff, String path, String json) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((staff.username() + ":" + staff.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest r = HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
