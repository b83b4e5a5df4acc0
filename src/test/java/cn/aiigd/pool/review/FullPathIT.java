package cn.aiigd.pool.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.filing.FilingAction;
import cn.aiigd.pool.filing.FilingMoved;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api.Applicant;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Pdf;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The whole call, through the documented API, on MariaDB and Redis, with the clock moving through
 * 2021: register → approve → file → prelim → defense → on-site → publicity → publish → change
 * request → elimination.
 */
@RecordApplicationEvents
class FullPathIT extends IntegrationTest {

    @Test
    void registerToEliminationThroughTheApi(ApplicationEvents events) throws Exception {
        Applicant alpha = api.applicant();
        Applicant beta = api.applicant();
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);

        // Register and pass the basic review (2021-02-10).
        long supplierA = journeys.approvedSupplier(alpha);
        long supplierB = journeys.approvedSupplier(beta);

        // File inside batch 1 (2021-02-20 is a Saturday worked in lieu of Spring Festival).
        pin("2021-02-20T09:30:00+08:00");
        long filingA = journeys.submittedFiling(alpha, supplierA, "APPLICATION");
        long filingB = journeys.submittedFiling(beta, supplierB, "PLATFORM");
        mvc.perform(get("/api/applicant/filings").with(alpha.auth()))
                .andExpect(jsonPath("$[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$[0].batchName").value("2021年第一批"))
                .andExpect(jsonPath("$[0].nextStep").value("等待专家初步审核"));

        // 初步审核, in bulk.
        pin("2021-03-20T10:00:00+08:00");
        staff(alliance, post("/api/staff/filings/prelim"), "{\"filingIds\":[" + filingA + "," + filingB + "],\"pass\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("PRELIM_PASSED"))));

        // 集中答辩: a session, invitations, answers, a reschedule request, results.
        long session = id(staff(alliance, post("/api/staff/defense-sessions"),
                "{\"batchId\":1,\"day\":\"2021-04-08\",\"startsAt\":\"09:00\",\"endsAt\":\"12:00\","
                        + "\"venue\":\"联盟第一会议室\",\"address\":\"广州市越秀区东风中路 1 号\",\"capacity\":10}")
                .andExpect(status().isCreated()));
        staff(alliance, post("/api/staff/defense-sessions/{id}/assignments", session),
                "[{\"filingId\":" + filingA + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"},"
                        + "{\"filingId\":" + filingB + ",\"order\":2,\"slotStart\":\"09:30\",\"slotEnd\":\"10:00\"}]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assigned").value(2));
        mvc.perform(get("/api/applicant/filings/{id}", filingA).with(alpha.auth()))
                .andExpect(jsonPath("$.status").value("DEFENSE_INVITED"))
                .andExpect(jsonPath("$.defense.day").value("2021-04-08"))
                .andExpect(jsonPath("$.defense.order").value(1))
                .andExpect(jsonPath("$.defense.venue").value("联盟第一会议室"))
                .andExpect(jsonPath("$.nextStepBy").value("2021-04-08"));
        FilingMoved invited = events.stream(FilingMoved.class)
                .filter(e -> e.filingId() == filingA && e.action() == FilingAction.INVITE_DEFENSE).findFirst().orElseThrow();
        assertThat(invited.defense().venue()).isEqualTo("联盟第一会议室");
        assertThat(invited.defense().slotStart()).hasToString("09:00");
        assertThat(invited.boundOpenids()).containsExactly(alpha.openid());

        applicant(alpha, post("/api/applicant/filings/{id}/defense-answer", filingA), "{\"attend\":true}")
                .andExpect(jsonPath("$.status").value("DEFENSE_CONFIRMED"));
        applicant(beta, post("/api/applicant/filings/{id}/defense-answer", filingB), "{\"attend\":false,\"reason\":\"总经理当日出差\"}")
                .andExpect(jsonPath("$.status").value("DEFENSE_INVITED"))
                .andExpect(jsonPath("$.defense.response").value("RESCHEDULE_REQUESTED"));
        mvc.perform(get("/api/staff/defense-sessions/{id}", session).with(alliance.auth()))
                .andExpect(jsonPath("$.invitees[?(@.filingId == " + filingB + ")].responseReason").value(hasItem("总经理当日出差")));
        staff(alliance, post("/api/staff/defense-sessions/{id}/assignments", session),
                "[{\"filingId\":" + filingB + ",\"order\":3,\"slotStart\":\"11:00\",\"slotEnd\":\"11:30\"}]")
                .andExpect(status().isOk());
        applicant(beta, post("/api/applicant/filings/{id}/defense-answer", filingB), "{\"attend\":true}")
                .andExpect(jsonPath("$.status").value("DEFENSE_CONFIRMED"))
                .andExpect(jsonPath("$.defense.slotStart").value("11:00:00"));

        pin("2021-04-08T15:00:00+08:00");
        for (long f : List.of(filingA, filingB)) {
            staff(alliance, post("/api/staff/filings/{id}/defense-result", f), "{\"outcome\":\"PASSED\"}")
                    .andExpect(jsonPath("$.status").value("DEFENSE_DONE"));
        }

        // 现场考察: a reproducible draw of one of the two.
        String draw = staff(alliance, post("/api/staff/onsite-draws"),
                "{\"batchId\":1,\"mode\":\"COUNT\",\"amount\":1,\"perCategory\":false}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.selected.length()").value(1))
                .andExpect(jsonPath("$.reproduced").value(true))
                .andReturn().getResponse().getContentAsString();
        long drawn = api.read(draw).get("selected").get(0).asLong();
        long drawId = api.read(draw).get("id").asLong();
        long seed = api.read(draw).get("seed").asLong();
        assertThat(drawn).isIn(filingA, filingB);
        // Anyone can repeat it: the stored seed over the stored candidates gives the stored result.
        List<Long> candidates = new java.util.ArrayList<>();
        api.read(draw).get("candidates").get("ALL").forEach(n -> candidates.add(n.asLong()));
        assertThat(candidates).contains(filingA, filingB);
        assertThat(OnsiteDraws.select(seed, OnsiteDraw.Mode.COUNT, 1, java.util.Map.of("ALL", candidates))).containsExactly(drawn);
        mvc.perform(get("/api/staff/onsite-draws/{id}", drawId).with(alliance.auth()))
                .andExpect(jsonPath("$.seed").value(seed))
                .andExpect(jsonPath("$.reproduced").value(true));
        staff(alliance, post("/api/staff/filings/{id}/onsite-result", drawn), "{\"passed\":true}")
                .andExpect(jsonPath("$.status").value("ONSITE_DONE"));

        // 公示: seven days from 04-20; publishing early is refused; an objection is dismissed.
        pin("2021-04-20T09:00:00+08:00");
        long publicity = id(staff(alliance, post("/api/staff/publicities"),
                "{\"filingIds\":[" + filingA + "," + filingB + "],\"startsOn\":\"2021-04-20\",\"days\":7}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.endsOn").value("2021-04-26")));
        mvc.perform(get("/api/applicant/filings/{id}", filingA).with(alpha.auth()))
                .andExpect(jsonPath("$.status").value("PUBLICITY"))
                .andExpect(jsonPath("$.nextStepBy").value("2021-04-26"));
        pin("2021-04-23T11:00:00+08:00");
        mvc.perform(post("/api/staff/publicities/{id}/publish", publicity).with(alliance.auth()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("2021-04-26")));
        long objection = id(staff(alliance, post("/api/staff/filings/{id}/objections", filingB),
                "{\"raisedBy\":\"某竞争企业\",\"content\":\"案例客户与实际不符\"}").andExpect(status().isCreated()));
        mvc.perform(get("/api/staff/filings/{id}", filingB).with(alliance.auth())).andExpect(jsonPath("$.status").value("OBJECTION"));
        staff(alliance, post("/api/staff/objections/{id}/resolve", objection), "{\"upheld\":false,\"note\":\"经核查案例属实\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/staff/filings/{id}", filingB).with(alliance.auth())).andExpect(jsonPath("$.status").value("PUBLICITY"));

        // 正式发布 after the period: both become pool members.
        pin("2021-04-27T09:00:00+08:00");
        mvc.perform(post("/api/staff/publicities/{id}/publish", publicity).with(alliance.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published.length()").value(2))
                .andExpect(jsonPath("$.heldByObjection.length()").value(0));
        mvc.perform(get("/api/public/pool"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.category == 'APPLICATION')].directions[0]").value(hasItem("AI")))
                .andExpect(jsonPath("$[*].publishedOn").value(hasItem("2021-04-27")));
        mvc.perform(get("/api/applicant/filings/{id}", filingA).with(alpha.auth()))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedOn").value("2021-04-27"));

        // Members need not re-apply: batch 2 refuses the same category.
        pin("2021-08-02T10:00:00+08:00");
        journeys.createFiling(alpha, supplierA, "APPLICATION", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("无须再次申报")));

        // 变更请示: a new company name, with proof; approved, the history keeps the old name.
        String oldName = jdbc.queryForObject("SELECT company_name FROM supplier WHERE id = ?", String.class, supplierA);
        long change = id(applicant(alpha, post("/api/applicant/suppliers/{id}/change-requests", supplierA),
                "{\"kind\":\"NAME\",\"newValue\":\"广东新名称工业互联网有限公司\",\"explanation\":\"工商变更登记已完成\"}")
                .andExpect(status().isCreated()));
        mvc.perform(post("/api/staff/change-requests/{id}/approve", change).with(alliance.auth()))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/api/applicant/change-requests/{id}/files", change)
                .file(new MockMultipartFile("file", "变更登记通知书.pdf", "application/pdf", Pdf.minimalPdf()))
                .with(alpha.auth())).andExpect(status().isCreated());
        mvc.perform(post("/api/staff/change-requests/{id}/approve", change).with(alliance.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(jdbc.queryForObject("SELECT company_name FROM supplier WHERE id = ?", String.class, supplierA))
                .isEqualTo("广东新名称工业互联网有限公司");
        mvc.perform(get("/api/staff/suppliers/{id}/history", supplierA).with(alliance.auth()))
                .andExpect(jsonPath("$[-1].action").value("APPLY_CHANGE"))
                .andExpect(jsonPath("$[-1].detail", containsString(oldName)));

        // One pending request per kind; a rejection needs a reason and changes nothing.
        long equity = id(applicant(alpha, post("/api/applicant/suppliers/{id}/change-requests", supplierA),
                "{\"kind\":\"EQUITY\",\"newValue\":\"新增战略投资方持股 20%\",\"explanation\":\"引入投资\"}")
                .andExpect(status().isCreated()));
        applicant(alpha, post("/api/applicant/suppliers/{id}/change-requests", supplierA),
                "{\"kind\":\"EQUITY\",\"newValue\":\"再次变更\",\"explanation\":\"重复\"}")
                .andExpect(status().isConflict());
        staff(alliance, post("/api/staff/change-requests/{id}/reject", equity), "{}").andExpect(status().isBadRequest());
        staff(alliance, post("/api/staff/change-requests/{id}/reject", equity), "{\"reason\":\"材料不足以证明股权变更\"}")
                .andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(jdbc.queryForObject("SELECT equity_structure FROM supplier WHERE id = ?", String.class, supplierA)).isNull();
        // A member cannot simply withdraw its supplier record.
        mvc.perform(post("/api/applicant/suppliers/{id}/withdraw", supplierA).with(alpha.auth()))
                .andExpect(status().isConflict());

        // Elimination: the member leaves the public list.
        long membership = jdbc.queryForObject("SELECT id FROM membership WHERE supplier_id = ?", Long.class, supplierA);
        mvc.perform(post("/api/staff/memberships/{id}/eliminate", membership).with(alliance.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        staff(alliance, post("/api/staff/memberships/{id}/eliminate", membership), "{\"reason\":\"年度考核不合格\"}")
                .andExpect(jsonPath("$.status").value("ELIMINATED"));
        mvc.perform(get("/api/public/pool"))
                .andExpect(jsonPath("$[*].companyName").value(not(hasItem("广东新名称工业互联网有限公司"))));
        assertThat(events.stream(Memberships.MembershipEliminated.class).filter(e -> e.membershipId() == membership)).hasSize(1);
        mvc.perform(get("/api/applicant/filings/{id}", filingA).with(alpha.auth()))
                .andExpect(jsonPath("$.nextStep", containsString("调整出省资源池")));
        staff(alliance, post("/api/staff/memberships/{id}/eliminate", membership), "{\"reason\":\"再次淘汰\"}")
                .andExpect(status().isConflict());
        // Once eliminated, the category is free again: the company may file it in an open batch.
        journeys.createFiling(alpha, supplierA, "APPLICATION", List.of()).andExpect(status().isCreated());

        // Every move is in the history, in order.
        assertThat(jdbc.queryForList("SELECT action FROM filing_history WHERE filing_id = ? ORDER BY id", String.class, filingA))
                .startsWith("CREATE", "SUBMIT", "PRELIM_PASS", "INVITE_DEFENSE", "CONFIRM_DEFENSE", "DEFENSE_PASS")
                .endsWith("OPEN_PUBLICITY", "PUBLISH");
    }

    private ResultActions staff(Staff s, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder req,
                                String body) throws Exception {
        return mvc.perform(req.with(s.auth()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions applicant(Applicant a, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder req,
                                    String body) throws Exception {
        return mvc.perform(req.with(a.auth()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long id(ResultActions r) throws Exception {
        return api.read(r.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }
}
