package cn.aiigd.pool.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.filing.FilingAction;
import cn.aiigd.pool.filing.FilingMoved;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Api.Applicant;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ReviewViewsIT extends IntegrationTest {

    @Test
    void staffQueuesFilterByEveryDimensionAndCountEachStage() throws Exception {
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        // One supplier in Zhanjiang (440800) with two filings; its counts are isolated by the city filter.
        Applicant applicant = api.applicant();
        String body = api.write(Api.completeForm(Api.creditCodeIn("440800"), "440000", "440800"));
        long supplier = api.read(mvc.perform(post("/api/applicant/suppliers").with(applicant.auth())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/applicant/suppliers/{id}/files", supplier)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "a.pdf", "application/pdf", cn.aiigd.pool.support.Pdf.minimalPdf()))
                .with(applicant.auth())).andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", supplier).with(applicant.auth())).andExpect(status().isOk());
        mvc.perform(post("/api/staff/suppliers/{id}/approve", supplier).with(api.staff(StaffRole.CITY_REVIEWER, "440800").auth()))
                .andExpect(status().isOk());
        long submitted = journeys.submittedFiling(applicant, supplier, "SECURITY");
        journeys.createFiling(applicant, supplier, "NETWORK", List.of("EDGE_COMPUTING")).andExpect(status().isCreated());

        mvc.perform(get("/api/staff/filings").param("city", "440800").with(alliance.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.counts.SUBMITTED").value(1))
                .andExpect(jsonPath("$.counts.DRAFT").value(1))
                .andExpect(jsonPath("$.counts.PUBLISHED").value(0));
        mvc.perform(get("/api/staff/filings").param("city", "440800").param("status", "SUBMITTED").with(alliance.auth()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(submitted))
                .andExpect(jsonPath("$.counts.DRAFT").value(1));
        mvc.perform(get("/api/staff/filings").param("city", "440800").param("direction", "EDGE_COMPUTING").with(alliance.auth()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].category").value("NETWORK"));
        mvc.perform(get("/api/staff/filings").param("city", "440800").param("category", "SECURITY").param("batch", "1")
                        .with(alliance.auth()))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/staff/filings").param("city", "440800").param("batch", "2").with(alliance.auth()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/staff/filings/{id}/history", submitted).with(alliance.auth()))
                .andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.contains("CREATE", "SUBMIT")));
    }

    @Test
    void failuresAreNotNotifiedUnlessStaffTurnItOn(ApplicationEvents events) throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        long first = journeys.submittedFiling(applicant, supplier, "APPLICATION");
        long second = journeys.submittedFiling(applicant, supplier, "PLATFORM");

        mvc.perform(get("/api/staff/settings").with(admin.auth())).andExpect(jsonPath("$.notifyFailures").value(false));
        prelimFail(admin, first);
        mvc.perform(put("/api/staff/settings").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"notifyFailures\":true}")).andExpect(jsonPath("$.notifyFailures").value(true));
        try {
            prelimFail(admin, second);
        } finally {
            mvc.perform(put("/api/staff/settings").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"notifyFailures\":false}")).andExpect(status().isOk());
        }
        FilingMoved quiet = failEvent(events, first);
        FilingMoved told = failEvent(events, second);
        assertThat(quiet.failure()).isTrue();
        assertThat(quiet.notifyApplicant()).isFalse();
        assertThat(told.notifyApplicant()).isTrue();
        // Non-failures are always notified; only admins change the setting.
        assertThat(events.stream(FilingMoved.class).filter(e -> e.action() == FilingAction.SUBMIT).allMatch(FilingMoved::notifyApplicant)).isTrue();
        mvc.perform(put("/api/staff/settings").with(api.staff(StaffRole.ALLIANCE_REVIEWER, null).auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"notifyFailures\":true}")).andExpect(status().isForbidden());
    }

    @Test
    void changeRequestsAreForMembersOnlyAndOneAtATimePerKind() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        mvc.perform(post("/api/applicant/suppliers/{id}/change-requests", supplier).with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"NAME\",\"newValue\":\"新名称\",\"explanation\":\"更名\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已纳入省资源池")));
        assertThat(count("SELECT COUNT(*) FROM change_request WHERE supplier_id = ?", supplier)).isZero();
        // Someone else's supplier is not found at all.
        mvc.perform(post("/api/applicant/suppliers/{id}/change-requests", supplier).with(api.applicant().auth())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"NAME\",\"newValue\":\"新名称\",\"explanation\":\"更名\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyStageIsInTheApiDocument() throws Exception {
        var doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        for (String path : List.of("/api/applicant/suppliers/{supplierId}/filings", "/api/applicant/filings/{id}/submit",
                "/api/applicant/filings/{id}/defense-answer", "/api/staff/filings/prelim", "/api/staff/defense-sessions",
                "/api/staff/defense-sessions/{id}/assignments", "/api/staff/filings/{id}/defense-result",
                "/api/staff/onsite-draws", "/api/staff/filings/{id}/onsite-result", "/api/staff/publicities",
                "/api/staff/filings/{id}/objections", "/api/staff/objections/{id}/resolve",
                "/api/staff/publicities/{id}/publish", "/api/public/pool", "/api/applicant/suppliers/{supplierId}/change-requests",
                "/api/staff/change-requests/{id}/approve", "/api/staff/memberships/{id}/eliminate")) {
            doc.andExpect(jsonPath("$.paths['" + path + "']").exists());
        }
    }

    private void prelimFail(Staff staff, long filing) throws Exception {
        mvc.perform(post("/api/staff/filings/prelim").with(staff.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"filingIds\":[" + filing + "],\"pass\":false,\"reason\":\"不符合基本条件\"}")).andExpect(status().isOk());
    }

    private static FilingMoved failEvent(ApplicationEvents events, long filing) {
        return events.stream(FilingMoved.class).filter(e -> e.filingId() == filing && e.action() == FilingAction.PRELIM_FAIL)
                .findFirst().orElseThrow();
    }
}
