package cn.aiigd.pool.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff endpoint, found from the running application rather than listed by hand, called by a
 * city reviewer of another city with ids that belong to a Guangzhou supplier: nothing of that
 * supplier may come back, whatever id is put in the URL. The few endpoints a city reviewer may use
 * are scoped to their city; everything else refuses them.
 */
class StaffEndpointScopeIT extends IntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** What a Shenzhen reviewer may call; each answer is checked for Guangzhou's data instead. */
    private static final Set<String> OPEN_TO_CITY_REVIEWERS = Set.of(
            "GET /api/staff/me", "GET /api/staff/session", "POST /api/staff/session", "DELETE /api/staff/session",
            "PUT /api/staff/me/contact", "GET /api/staff/suppliers", "GET /api/staff/suppliers/export", "GET /api/staff/dashboard",
            "GET /api/staff/message-templates", "POST /api/staff/message-templates/{key}/preview", "GET /api/staff/notices");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aCityReviewerGetsNothingOfAnotherCityFromAnyStaffEndpoint() throws Exception {
        Api.Applicant applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long filingId = journeys.submittedFiling(applicant, supplierId, "NETWORK");
        String creditCode = jdbc.queryForObject("SELECT credit_code FROM supplier WHERE id = ?", String.class, supplierId);
        String company = jdbc.queryForObject("SELECT company_name FROM supplier WHERE id = ?", String.class, supplierId);
        long noticeId = jdbc.queryForObject("SELECT MIN(id) FROM notice WHERE supplier_id = ?", Long.class, supplierId);
        long fileId = jdbc.queryForObject("SELECT MIN(id) FROM supplier_file WHERE supplier_id = ?", Long.class, supplierId);
        Map<String, String> ids = Map.of("suppliers", Long.toString(supplierId), "filings", Long.toString(filingId), "notices",
                Long.toString(noticeId), "files", Long.toString(fileId));
        Api.Staff shenzhen = api.staff(StaffRole.CITY_REVIEWER, "440300");

        Set<String> checked = new TreeSet<>();
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/staff")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = m.name() + " " + pattern;
                    String url = fill(pattern, ids);
                    var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(m.name()), url).with(shenzhen.auth());
                    if (m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH) {
                        request.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"越权测试\"}");
                    }
                    if (endpoint.equals("GET /api/staff/notices")) {
                        request.param("supplierId", Long.toString(supplierId));
                    }
                    MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
                    String body = r.getContentAsString(StandardCharsets.UTF_8);
                    boolean exposes = body.contains(creditCode) || body.contains(applicant.openid())
                            || (r.getStatus() < 300 && body.contains(company) && !OPEN_TO_CITY_REVIEWERS.contains(endpoint));
                    if (exposes || (r.getStatus() >= 200 && r.getStatus() < 300 && !OPEN_TO_CITY_REVIEWERS.contains(endpoint))) {
                        leaks.add(endpoint + " -> " + r.getStatus() + (exposes ? " (shows Guangzhou's supplier)" : ""));
                    }
                    checked.add(endpoint);
                }
            }
        }
        // The walk really covered the API, not a handful of paths.
        assertThat(checked).hasSizeGreaterThan(60).contains("POST /api/staff/suppliers/{id}/approve", "GET /api/staff/filings/{id}",
                "POST /api/staff/notices/{id}/resend", "GET /api/staff/suppliers/{id}/files/{fileId}", "GET /api/staff/audit-log");
        assertThat(leaks).as("endpoints answering a Shenzhen reviewer about a Guangzhou supplier").isEmpty();
        // Nothing was changed by the attempts.
        assertThat(jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, supplierId)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filingId)).isEqualTo("SUBMITTED");
        // Leave batch 1 as found: a filing waiting for its preliminary review holds up the batch's on-site draw.
        mvc.perform(MockMvcRequestBuilders.post("/api/applicant/filings/{id}/withdraw", filingId).with(applicant.auth())
                .contentType("application/json").content("{\"reason\":\"测试结束\"}"));
    }

    /** Each path variable gets the Guangzhou supplier's own id of that kind (the segment before it names the kind). */
    private static String fill(String pattern, Map<String, String> ids) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String[] segments = before.split("/");
            String kind = segments.length == 0 ? "" : segments[segments.length - 1];
            String value = switch (m.group(1)) {
                case "supplierId" -> ids.get("suppliers");
                case "fileId" -> ids.get("files");
                case "key" -> "supplier-reviewed";
                case "openid" -> "oSomeoneElse000001";
                default -> ids.getOrDefault(kind, "1");
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Admin-only parts of the API, by path: accounts, calendar, settings, the WeChat account, recordings, the audit log. */
    private static final List<String> ADMIN_ONLY = List.of("/api/staff/accounts", "/api/staff/holidays", "/api/staff/settings",
            "/api/staff/wechat", "/api/staff/recorded-messages", "/api/staff/audit-log");

    @Test
    void theAlliancesReviewersAreRefusedEveryAdminEndpoint() throws Exception {
        Api.Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        Api.Staff admin = api.staff(StaffRole.ADMIN, null);
        int accounts = count("SELECT COUNT(*) FROM staff_account");
        Set<String> checked = new TreeSet<>();
        List<String> allowed = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (ADMIN_ONLY.stream().noneMatch(pattern::startsWith)) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String url = pattern.replaceAll("\\{[^}/]+}", "1");
                    var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(m.name()), url).with(alliance.auth());
                    if (m != RequestMethod.GET && m != RequestMethod.DELETE) {
                        request.contentType(MediaType.APPLICATION_JSON).content("{}");
                    }
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    if (status != 403) {
                        allowed.add(m + " " + pattern + " -> " + status);
                    }
                    checked.add(m + " " + pattern);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(8).contains("GET /api/staff/accounts", "POST /api/staff/wechat/menus/publish",
                "GET /api/staff/audit-log");
        assertThat(allowed).as("admin endpoints a reviewer of the alliance could use").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM staff_account")).isEqualTo(accounts);
        // The same requests are the admin's to make: the refusal is the role, not a broken endpoint.
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/staff/accounts").with(admin.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
