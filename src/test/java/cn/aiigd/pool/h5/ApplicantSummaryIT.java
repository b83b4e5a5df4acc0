package cn.aiigd.pool.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.support.Api.Applicant;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/applicant/me: the home page's data, only ever the follower's own. */
class ApplicantSummaryIT extends cn.aiigd.pool.support.IntegrationTest {

    private JsonNode me(Applicant who) throws Exception {
        var r = mvc.perform(get("/api/applicant/me").with(who.auth())).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return api.read(r.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aNewFollowerHasNothingYetAndSeesTheOpenBatchByTheServiceClock() throws Exception {
        JsonNode me = me(api.applicant());
        assertThat(me.get("suppliers").size()).isZero();
        assertThat(me.get("filings").size()).isZero();
        assertThat(me.get("now").asString()).startsWith("2021-02-10T10:00");
        // 2021-02-10 → the first batch closes 2021-03-15; the second opens 2021-08-01.
        assertThat(me.get("openBatch").get("name").asString()).contains("第一批");
        assertThat(me.get("openBatch").get("daysLeft").asLong()).isEqualTo(33);
        assertThat(me.get("nextBatch").get("daysToOpen").asLong()).isEqualTo(172);
    }

    @Test
    void onItsLastDayABatchHasZeroDaysLeftAndAfterItNoneIsOpen() throws Exception {
        Applicant who = api.applicant();
        pin("2021-03-15T20:00:00+08:00");
        assertThat(me(who).get("openBatch").get("daysLeft").asLong()).isZero();
        pin("2021-03-16T08:00:00+08:00");
        JsonNode after = me(who);
        assertThat(after.path("openBatch").isNull() || after.path("openBatch").isMissingNode()).isTrue();
        assertThat(after.get("nextBatch").get("name").asString()).contains("第二批");
        assertThat(after.get("nextBatch").get("daysToOpen").asLong()).isEqualTo(138);
    }

    @Test
    void theOwnerSeesTheirSupplierAndFilingWithStagesAndAnotherFollowerSeesNeither() throws Exception {
        Applicant owner = api.applicant();
        long supplierId = journeys.approvedSupplier(owner);
        long filingId = journeys.submittedFiling(owner, supplierId, "APPLICATION");

        JsonNode mine = me(owner);
        assertThat(mine.get("suppliers").size()).isEqualTo(1);
        JsonNode s = mine.get("suppliers").get(0);
        assertThat(s.get("id").asLong()).isEqualTo(supplierId);
        assertThat(s.get("status").asString()).isEqualTo("APPROVED");
        assertThat(s.get("statusLabel").asString()).isEqualTo("审核通过");
        assertThat(s.get("poolMember").asBoolean()).isFalse();
        assertThat(mine.get("filings").size()).isEqualTo(1);
        JsonNode f = mine.get("filings").get(0);
        assertThat(f.get("id").asLong()).isEqualTo(filingId);
        assertThat(f.get("supplierId").asLong()).isEqualTo(supplierId);
        assertThat(f.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(f.get("live").asBoolean()).isTrue();
        assertThat(f.get("nextStep").asString()).isEqualTo("等待专家初步审核");

        Applicant stranger = api.applicant();
        journeys.approvedSupplier(stranger);
        JsonNode theirs = me(stranger);
        assertThat(theirs.get("suppliers").size()).isEqualTo(1);
        assertThat(theirs.get("suppliers").get(0).get("id").asLong()).isNotEqualTo(supplierId);
        assertThat(theirs.get("filings").size()).isZero();
        assertThat(theirs.toString()).doesNotContain(mine.get("suppliers").get(0).get("creditCode").asString());
        withdraw(owner, filingId);
    }

    /** Leaves batch 1 as the other tests of this context expect it: no filing waiting for review. */
    private void withdraw(Applicant who, long filingId) throws Exception {
        assertThat(mvc.perform(post("/api/applicant/filings/{id}/withdraw", filingId).with(who.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aWithdrawnFilingNoLongerCountsAsLive() throws Exception {
        Applicant owner = api.applicant();
        long supplierId = journeys.approvedSupplier(owner);
        long filingId = journeys.submittedFiling(owner, supplierId, "NETWORK");
        withdraw(owner, filingId);
        JsonNode f = me(owner).get("filings").get(0);
        assertThat(f.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(f.get("live").asBoolean()).isFalse();
    }

    @Test
    void nobodySignedInGets401() throws Exception {
        assertThat(mvc.perform(get("/api/applicant/me")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}
