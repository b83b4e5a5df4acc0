package cn.aiigd.pool.h5;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.PageModules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The applicant's pages over real HTTP (a forward and the container's compression only happen in a
 * real server): the shell at every page address, assets with their cache rules, 404 for a missing one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H5PagesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> fetch(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void theShellIsServedAtTheRootOfThePages() throws Exception {
        HttpResponse<String> index = fetch("/h5/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(header(index, "Content-Type")).startsWith("text/html");
        assertThat(index.body()).contains("<script type=\"module\" src=\"/h5/app/main.js\"></script>")
                .contains("/h5/vendor/weui-2.6.26.min.css").contains("lang=\"zh-CN\"");
        // Not kept without asking: a release must reach phones at once.
        assertThat(header(index, "Cache-Control")).contains("no-cache");
        assertThat(fetch("/h5").body()).isEqualTo(index.body());
    }

    @Test
    void deepLinksFromMessagesMenusAndReloadsGetTheShell() throws Exception {
        String shell = fetch("/h5/index.html").body();
        for (String path : new String[] {"/h5/filings/12", "/h5/suppliers/3", "/h5/suppliers/3/edit",
                "/h5/suppliers/3/filings/new", "/h5/suppliers/new", "/h5/bind?supplier=3", "/h5/filings", "/h5/faq",
                "/h5/filings/12/edit", "/h5/no-such-page"}) {
            HttpResponse<String> r = fetch(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isEqualTo(shell);
            assertThat(header(r, "Cache-Control")).as(path).contains("no-cache");
        }
    }

    @Test
    void everyModuleTheShellImportsIsServedAsJavaScriptAndRevalidated() throws Exception {
        Set<String> seen = PageModules.crawl("/h5/app/main.js", this::fetch, (path, r) -> {
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(header(r, "Content-Type")).as(path).startsWith("text/javascript");
            assertThat(header(r, "Cache-Control")).as(path).contains("no-cache");
            assertThat(r.body()).as(path + " loads nothing from outside").doesNotContainPattern("https?://");
        });
        // The shell preloads every module (no import waterfall on a phone), and only modules that exist.
        Matcher preload = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">").matcher(fetch("/h5/").body());
        Set<String> preloaded = new LinkedHashSet<>();
        while (preload.find()) {
            preloaded.add(preload.group(1));
        }
        assertThat(preloaded).containsExactlyInAnyOrderElementsOf(seen);
        assertThat(seen).contains("/h5/app/api.js", "/h5/app/creditcode.js", "/h5/app/pages/home.js",
                "/h5/app/pages/supplier-form.js", "/h5/app/pages/filing-detail.js", "/h5/app/widgets/faq.js",
                "/shared/router.js");
    }

    @Test
    void anUnchangedAssetIsAnsweredWith304() throws Exception {
        HttpResponse<String> first = fetch("/h5/app/app.css");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(header(first, "Content-Type")).startsWith("text/css");
        String lastModified = header(first, "Last-Modified");
        assertThat(lastModified).isNotEmpty();
        assertThat(fetch("/h5/app/app.css", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void vendoredFilesCarryTheirVersionAndAreKeptForAYear() throws Exception {
        HttpResponse<String> css = fetch("/h5/vendor/weui-2.6.26.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
        assertThat(header(css, "Cache-Control")).contains("max-age=31536000").contains("immutable");
        // Its icons are inline SVG: nothing fetched from elsewhere.
        assertThat(css.body()).doesNotContainPattern("url\\(\\s*['\"]?(https?:)?//");
        assertThat(fetch("/h5/vendor/weui-2.6.26.LICENSE.txt").statusCode()).isEqualTo(200);
    }

    @Test
    void textAssetsAreCompressedForPhonesThatAcceptIt() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/h5/vendor/weui-2.6.26.min.css"))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(header(r, "Content-Encoding")).isEqualTo("gzip");
        assertThat(r.body().length).isLessThan(60_000);
    }

    @Test
    void aMissingAssetIs404NotTheShell() throws Exception {
        for (String path : new String[] {"/h5/app/missing.js", "/h5/vendor/weui-0.0.1.min.css", "/h5/logo.png",
                "/h5/app/pages/nothing.js"}) {
            HttpResponse<String> r = fetch(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("<script type=\"module\"");
        }
    }

    @Test
    void thePagesNeedNoSignInButTheirDataDoes() throws Exception {
        assertThat(fetch("/h5/suppliers/1").statusCode()).isEqualTo(200);
        HttpResponse<String> data = fetch("/api/applicant/me");
        assertThat(data.statusCode()).isEqualTo(401);
        assertThat(header(data, "Content-Type")).startsWith("application/problem+json");
    }
}
