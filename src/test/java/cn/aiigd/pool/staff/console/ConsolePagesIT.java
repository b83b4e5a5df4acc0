package cn.aiigd.pool.staff.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.PageModules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff console's pages over real HTTP (a forward only happens in a real server): the shell at
 * every page address without signing in (its data stays behind /api/staff), its modules, and 404 for
 * a missing asset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsolePagesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void theShellIsServedAtTheConsolesRootWithoutSigningIn() throws Exception {
        HttpResponse<String> index = fetch("/console/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(header(index, "Content-Type")).startsWith("text/html");
        assertThat(index.body()).contains("<script type=\"module\" src=\"/console/app/main.js\"></script>").contains("lang=\"zh-CN\"");
        assertThat(header(index, "Cache-Control")).contains("no-cache");
        assertThat(fetch("/console").body()).isEqualTo(index.body());
        assertThat(fetch("/console/index.html").body()).isEqualTo(index.body());
    }

    @Test
    void deepLinksAndReloadsGetTheShell() throws Exception {
        String shell = fetch("/console/index.html").body();
        for (String path : new String[] {"/console/login", "/console/suppliers", "/console/suppliers/12",
                "/console/suppliers?status=RETURNED&city=440100", "/console/broadcasts", "/console/broadcasts/new",
                "/console/broadcasts/7", "/console/defense", "/console/defense/3", "/console/onsite?batch=2",
                "/console/publicity?batch=1", "/console/pool?member=ELIMINATED", "/console/menus", "/console/templates", "/console/no-such-page", "/console/a/b/c/d"}) {
            HttpResponse<String> r = fetch(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isEqualTo(shell);
        }
    }

    @Test
    void everyModuleTheShellImportsIsServedAsJavaScriptAndLoadsNothingFromOutside() throws Exception {
        Set<String> seen = PageModules.crawl("/console/app/main.js", this::fetch, (path, r) -> {
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(header(r, "Content-Type")).as(path).startsWith("text/javascript");
            assertThat(header(r, "Cache-Control")).as(path).contains("no-cache");
            assertThat(r.body()).as(path + " loads nothing from outside").doesNotContainPattern("https?://(?!www\\.w3\\.org/2000/svg)");
        });
        // The router is the one the applicant pages use too.
        assertThat(seen).contains("/shared/router.js");
        assertThat(seen).contains("/console/app/api.js", "/console/app/charts.js", "/console/app/pages/signin.js",
                "/console/app/pages/dashboard.js", "/console/app/pages/queue.js", "/console/app/pages/supplier.js",
                "/console/app/pages/defense.js", "/console/app/pages/onsite.js", "/console/app/pages/wechat.js", "/console/app/pages/publicity.js", "/console/app/pages/pool.js",
                "/console/app/draw.js");
        HttpResponse<String> css = fetch("/console/app/console.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
    }

    @Test
    void aMissingAssetIs404NotTheShell() throws Exception {
        for (String path : new String[] {"/console/app/missing.js", "/console/logo.png", "/console/app/pages/nothing.js",
                "/console/vendor/chart-0.0.1.min.js", "/shared/missing.js", "/shared/"}) {
            HttpResponse<String> r = fetch(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("<script type=\"module\"");
        }
    }

    @Test
    void theDataBehindThePagesStillNeedsASignIn() throws Exception {
        assertThat(fetch("/api/staff/session").statusCode()).isEqualTo(401);
        assertThat(fetch("/api/staff/dashboard").statusCode()).isEqualTo(401);
        assertThat(fetch("/api/staff/suppliers").statusCode()).isEqualTo(401);
        // API clients are challenged for Basic; the console's script is not (the browser's own dialog would cover the page).
        assertThat(header(fetch("/api/staff/session"), "WWW-Authenticate")).startsWith("Basic");
        HttpResponse<String> fromPage = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/staff/session"))
                .header("X-Requested-With", "XMLHttpRequest").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(fromPage.statusCode()).isEqualTo(401);
        assertThat(header(fromPage, "WWW-Authenticate")).isEmpty();
    }

    @Test
    void theDetailPageListsASuppliersBoundFollowersMasked() throws Exception {
        Api.Applicant a = api.applicant();
        long id = journeys.approvedSupplier(a);
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/staff/suppliers/{id}/bindings", id).with(api.staff(StaffRole.CITY_REVIEWER, "440100").auth()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.read(body).size()).isEqualTo(1);
        assertThat(body).doesNotContain(a.openid());
        int foreign = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/staff/suppliers/{id}/bindings", id).with(api.staff(StaffRole.CITY_REVIEWER, "440300").auth()))
                .andReturn().getResponse().getStatus();
        assertThat(foreign).isEqualTo(403);
    }
}
