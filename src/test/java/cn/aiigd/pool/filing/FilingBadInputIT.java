package cn.aiigd.pool.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api.Applicant;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Journeys;
import cn.aiigd.pool.support.Pdf;
import cn.aiigd.pool.support.RowLockHolder;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Bad input and races around filings and the review stages: a clear error and nothing changed. */
class FilingBadInputIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    @org.springframework.beans.factory.annotation.Autowired
    cn.aiigd.pool.wechat.signin.ApplicantSessions sessions;

    @Test
    void onlyAnApprovedSupplierFiles() throws Exception {
        Applicant applicant = api.applicant();
        String body = api.write(cn.aiigd.pool.support.Api.completeForm(cn.aiigd.pool.support.Api.creditCode(), "440000", "440100"));
        long supplier = api.read(mvc.perform(post("/api/applicant/suppliers").with(applicant.auth())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString()).get("id").asLong();
        journeys.createFiling(applicant, supplier, "APPLICATION", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("基本审核通过后")));
        assertThat(count("SELECT COUNT(*) FROM filing WHERE supplier_id = ?", supplier)).isZero();
    }

    @Test
    void filingsOpenAndCloseExactlyAtTheBatchEdges() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);

        pin("2021-01-31T23:59:59+08:00");
        journeys.createFiling(applicant, supplier, "APPLICATION", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("2021年第一批")))
                .andExpect(jsonPath("$.detail", containsString("2021年2月1日 00:00")));
        pin("2021-02-01T00:00:00+08:00");
        long first = api.read(journeys.createFiling(applicant, supplier, "APPLICATION", List.of())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        pin("2021-03-15T23:59:59+08:00");
        journeys.createFiling(applicant, supplier, "NETWORK", List.of()).andExpect(status().isCreated());

        // After the close, neither new filings nor submitting a draft; the error names the next batch.
        pin("2021-03-16T00:00:00+08:00");
        journeys.createFiling(applicant, supplier, "SECURITY", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("2021年第二批")))
                .andExpect(jsonPath("$.detail", containsString("2021年8月1日 00:00")));
        mvc.perform(multipart("/api/applicant/filings/{id}/files", first)
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", Pdf.minimalPdf())).with(applicant.auth()));
        mvc.perform(post("/api/applicant/filings/{id}/submit", first).with(applicant.auth()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已于 2021年3月15日 23:59 截止")));
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, first)).isEqualTo("DRAFT");

        // After batch 2 the error names whatever batch comes next (other tests add far-future ones) …
        pin("2021-09-16T08:00:00+08:00");
        String next = jdbc.queryForList("SELECT name FROM batch WHERE opens_at > '2021-09-16' ORDER BY opens_at LIMIT 1", String.class)
                .stream().findFirst().orElse("目前没有已安排的申报批次");
        journeys.createFiling(applicant, supplier, "SECURITY", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(next)));
        // … and after the last planned batch it says none is planned.
        pin("2099-06-01T08:00:00+08:00");
        journeys.createFiling(applicant, supplier, "SECURITY", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("目前没有已安排的申报批次")));
    }

    @Test
    void atMostTwoLiveFilingsPerBatchAndNeverTheSameCategoryTwice() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        long first = api.read(journeys.createFiling(applicant, supplier, "APPLICATION", List.of("5G"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        journeys.createFiling(applicant, supplier, "APPLICATION", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("同一类别不能重复申报")));
        journeys.createFiling(applicant, supplier, "PLATFORM", List.of()).andExpect(status().isCreated());
        journeys.createFiling(applicant, supplier, "NETWORK", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("至多两个")));
        assertThat(count("SELECT COUNT(*) FROM filing WHERE supplier_id = ?", supplier)).isEqualTo(2);

        // A withdrawn filing frees its place.
        mvc.perform(post("/api/applicant/filings/{id}/withdraw", first).with(applicant.auth())).andExpect(status().isOk());
        journeys.createFiling(applicant, supplier, "NETWORK", List.of()).andExpect(status().isCreated());
    }

    @Test
    void concurrentRequestsCannotBothTakeTheLastPlace() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        journeys.createFiling(applicant, supplier, "APPLICATION", List.of()).andExpect(status().isCreated());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<Integer> platform = () -> {
                go.await();
                return journeys.createFiling(applicant, supplier, "PLATFORM", List.of()).andReturn().getResponse().getStatus();
            };
            Callable<Integer> network = () -> {
                go.await();
                return journeys.createFiling(applicant, supplier, "NETWORK", List.of()).andReturn().getResponse().getStatus();
            };
            // Both requests queue behind a lock this test holds on the supplier row and are released
            // together: only the service's own lock and locking read keep the second one out.
            try (RowLockHolder lock = RowLockHolder.lock(dataSource, "supplier", supplier)) {
                var a = pool.submit(platform);
                var b = pool.submit(network);
                go.countDown();
                lock.awaitWaiters(2, "SELECT", java.time.Duration.ofSeconds(20));
                lock.close();
                assertThat(Stream.of(a.get(), b.get()).sorted().toList()).containsExactly(201, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM filing WHERE supplier_id = ?", supplier)).isEqualTo(2);
    }

    @Test
    void unknownCategoriesAndDirectionsAreRefused() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        journeys.createFiling(applicant, supplier, "BLOCKCHAIN", List.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        journeys.createFiling(applicant, supplier, "APPLICATION", List.of("AI", "QUANTUM"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("directions"));
        journeys.createFiling(applicant, supplier, "APPLICATION", List.of("AI", "AI"))
                .andExpect(status().isBadRequest());
        assertThat(count("SELECT COUNT(*) FROM filing WHERE supplier_id = ?", supplier)).isZero();
    }

    @Test
    void anApplicantCannotTouchAnotherApplicantsFiling() throws Exception {
        Applicant owner = api.applicant();
        long supplier = journeys.approvedSupplier(owner);
        long filing = journeys.submittedFiling(owner, supplier, "APPLICATION");
        Applicant stranger = api.applicant();
        mvc.perform(get("/api/applicant/filings/{id}", filing).with(stranger.auth())).andExpect(status().isNotFound());
        mvc.perform(put("/api/applicant/filings/{id}", filing).with(stranger.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(Journeys.filingForm("APPLICATION", List.of()))).andExpect(status().isNotFound());
        mvc.perform(post("/api/applicant/filings/{id}/withdraw", filing).with(stranger.auth())).andExpect(status().isNotFound());
        mvc.perform(post("/api/applicant/filings/{id}/defense-answer", filing).with(stranger.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"attend\":true}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/applicant/filings/{id}/history", filing).with(stranger.auth())).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/applicant/filings/{id}/files", filing)
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", Pdf.minimalPdf())).with(stranger.auth()))
                .andExpect(status().isNotFound());
        // Nor file for someone else's supplier.
        journeys.createFiling(stranger, supplier, "PLATFORM", List.of()).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filing)).isEqualTo("SUBMITTED");
        // A submitted filing is frozen for its owner too.
        mvc.perform(put("/api/applicant/filings/{id}", filing).with(owner.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(Journeys.filingForm("APPLICATION", List.of()))).andExpect(status().isConflict());
    }

    @Test
    void cityReviewersHaveNoPartInTheExpertReview() throws Exception {
        Staff city = api.staff(StaffRole.CITY_REVIEWER, "440100");
        mvc.perform(get("/api/staff/filings").with(city.auth())).andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/filings/prelim").with(city.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"filingIds\":[1],\"pass\":true}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/onsite-draws").with(city.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void bulkPrelimIsAllOrNothing() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        long submitted = journeys.submittedFiling(applicant, supplier, "APPLICATION");
        long draft = api.read(journeys.createFiling(applicant, supplier, "PLATFORM", List.of())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        mvc.perform(post("/api/staff/filings/prelim").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filingIds\":[" + submitted + "," + draft + "],\"pass\":true}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, submitted)).isEqualTo("SUBMITTED");
        mvc.perform(post("/api/staff/filings/prelim").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filingIds\":[" + submitted + "],\"pass\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/staff/filings/prelim").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filingIds\":[" + submitted + ", 987654321],\"pass\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/staff/filings/prelim").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filingIds\":[" + submitted + ", null],\"pass\":true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/applicant/filings/{id}/files", submitted).with(alliance.auth()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void twoStaffMovingTheSameFilingAtOnceGetOneWinnerAndOneConflict() throws Exception {
        Staff first = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        Staff second = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String category : List.of("APPLICATION", "PLATFORM")) {
                long filing = journeys.submittedFiling(applicant, supplier, category);
                CountDownLatch go = new CountDownLatch(1);
                Callable<Integer> pass = () -> {
                    go.await();
                    return mvc.perform(post("/api/staff/filings/prelim").with(first.auth()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"filingIds\":[" + filing + "],\"pass\":true}")).andReturn().getResponse().getStatus();
                };
                Callable<Integer> ret = () -> {
                    go.await();
                    return mvc.perform(post("/api/staff/filings/{id}/return", filing).with(second.auth())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"请补充案例\"}"))
                            .andReturn().getResponse().getStatus();
                };
                try (RowLockHolder lock = RowLockHolder.lock(dataSource, "filing", filing)) {
                    var a = pool.submit(pass);
                    var b = pool.submit(ret);
                    go.countDown();
                    lock.awaitWaiters(2, java.time.Duration.ofSeconds(20));
                    lock.close();
                    assertThat(Stream.of(a.get(), b.get()).sorted().toList()).containsExactly(200, 409);
                }
                assertThat(count("SELECT COUNT(*) FROM filing_history WHERE filing_id = ? AND action IN ('PRELIM_PASS','RETURN_FOR_CORRECTION')", filing))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSessionTakesNoMoreThanItsCapacity() throws Exception {
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        long batch = isolatedBatch(2041);
        List<Long> passed = prelimPassed(alliance, 3);
        long session = session(alliance, batch, "2041-04-08", "09:00", "12:00", 2);
        StringBuilder three = new StringBuilder("[");
        for (int i = 0; i < 3; i++) {
            three.append(i == 0 ? "" : ",").append("{\"filingId\":").append(passed.get(i)).append(",\"order\":").append(i + 1)
                    .append(",\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"}");
        }
        assign(alliance, session, three.append("]").toString())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("可容纳 2 个")));
        assertThat(count("SELECT COUNT(*) FROM filing WHERE defense_session_id = ?", session)).isZero();

        // A slot outside the session's hours, or a reused order number, is refused too.
        assign(alliance, session, "[{\"filingId\":" + passed.get(0) + ",\"order\":1,\"slotStart\":\"13:00\",\"slotEnd\":\"13:30\"}]")
                .andExpect(status().isBadRequest());
        assign(alliance, session, "[{\"filingId\":" + passed.get(0) + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"},"
                + "{\"filingId\":" + passed.get(1) + ",\"order\":1,\"slotStart\":\"09:30\",\"slotEnd\":\"10:00\"}]")
                .andExpect(status().isBadRequest());
        assertThat(count("SELECT COUNT(*) FROM filing WHERE defense_session_id = ?", session)).isZero();

        // Results wait for the session to begin.
        assign(alliance, session, "[{\"filingId\":" + passed.get(0) + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"}]")
                .andExpect(status().isOk());
        pin("2041-04-08T08:30:00+08:00");
        result(alliance, passed.get(0), "PASSED")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("2041-04-08")));
        pin("2041-04-08T16:00:00+08:00");
        result(alliance, passed.get(0), "NO_SHOW")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEFENSE_FAILED"))
                .andExpect(jsonPath("$.defense.outcome").value("NO_SHOW"));
    }

    @Test
    void defenseOrdersCanBeSwappedAndARescheduleRequestMustBeAnsweredFirst() throws Exception {
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        long batch = isolatedBatch(2044);
        List<Long> passed = prelimPassed(alliance, 2);
        long session = session(alliance, batch, "2044-04-08", "09:00", "12:00", 5);
        assign(alliance, session, "[{\"filingId\":" + passed.get(0) + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"},"
                + "{\"filingId\":" + passed.get(1) + ",\"order\":2,\"slotStart\":\"09:30\",\"slotEnd\":\"10:00\"}]")
                .andExpect(status().isOk());
        assign(alliance, session, "[{\"filingId\":" + passed.get(0) + ",\"order\":2,\"slotStart\":\"09:30\",\"slotEnd\":\"10:00\"},"
                + "{\"filingId\":" + passed.get(1) + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"}]")
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT defense_order FROM filing WHERE id = ?", Integer.class, passed.get(0))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT defense_order FROM filing WHERE id = ?", Integer.class, passed.get(1))).isEqualTo(1);

        long owner = jdbc.queryForObject("SELECT supplier_id FROM filing WHERE id = ?", Long.class, passed.get(0));
        String openid = jdbc.queryForObject("SELECT openid FROM supplier_binding WHERE supplier_id = ?", String.class, owner);
        Applicant applicant = new Applicant(openid, sessions.open(openid));
        mvc.perform(post("/api/applicant/filings/{id}/defense-answer", passed.get(0)).with(applicant.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"attend\":false}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/applicant/filings/{id}/defense-answer", passed.get(0)).with(applicant.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"attend\":false,\"reason\":\"当天有验收\"}"))
                .andExpect(status().isOk());
        pin("2044-04-08T15:00:00+08:00");
        result(alliance, passed.get(0), "NO_SHOW")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("当天有验收")));
    }

    @Test
    void theDrawWaitsForEveryDefenseResultAndHappensOncePerBatch() throws Exception {
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        long batch = isolatedBatch(2045);
        List<Long> passed = prelimPassed(alliance, 3);
        long session = session(alliance, batch, "2045-04-08", "09:00", "12:00", 5);
        assign(alliance, session, "[{\"filingId\":" + passed.get(0) + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"},"
                + "{\"filingId\":" + passed.get(1) + ",\"order\":2,\"slotStart\":\"09:30\",\"slotEnd\":\"10:00\"},"
                + "{\"filingId\":" + passed.get(2) + ",\"order\":3,\"slotStart\":\"10:00\",\"slotEnd\":\"10:30\"}]")
                .andExpect(status().isOk());
        pin("2045-04-08T15:00:00+08:00");
        result(alliance, passed.get(0), "PASSED").andExpect(status().isOk());
        result(alliance, passed.get(1), "PASSED").andExpect(status().isOk());
        draw(alliance, batch, 1)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("尚有 1 个申报未完成初审或答辩")));
        result(alliance, passed.get(2), "FAILED").andExpect(status().isBadRequest());
        mvc.perform(post("/api/staff/filings/{id}/defense-result", passed.get(2)).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"FAILED\",\"reason\":\"技术方案不成熟\"}"))
                .andExpect(status().isOk());
        // A seed in the request is ignored: the server draws its own.
        mvc.perform(post("/api/staff/onsite-draws").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"batchId\":" + batch + ",\"mode\":\"PERCENT\",\"amount\":50,\"perCategory\":true,\"seed\":1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.selected.length()").value(1))
                .andExpect(jsonPath("$.candidates.APPLICATION.length()").value(2))
                .andExpect(jsonPath("$.reproduced").value(true));
        draw(alliance, batch, 1)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("不能重复抽取")));
        assertThat(count("SELECT COUNT(*) FROM onsite_draw WHERE batch_id = ?", batch)).isEqualTo(1);
    }

    @Test
    void aDrawCannotBeLargerThanItsCandidatesAndPublicationWaitsForThePeriodsEnd() throws Exception {
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        long batch = isolatedBatch(2042);
        List<Long> passed = prelimPassed(alliance, 2);
        long session = session(alliance, batch, "2042-10-12", "09:00", "12:00", 5);
        assign(alliance, session, "[{\"filingId\":" + passed.get(0) + ",\"order\":1,\"slotStart\":\"09:00\",\"slotEnd\":\"09:30\"},"
                + "{\"filingId\":" + passed.get(1) + ",\"order\":2,\"slotStart\":\"09:30\",\"slotEnd\":\"10:00\"}]")
                .andExpect(status().isOk());
        pin("2042-10-12T15:00:00+08:00");
        for (long f : passed) {
            result(alliance, f, "PASSED").andExpect(status().isOk());
        }
        draw(alliance, batch, 3)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("大于候选数 2")));
        assertThat(count("SELECT COUNT(*) FROM onsite_draw WHERE batch_id = ?", batch)).isZero();
        // Publicity waits for the draw: nobody skips the random on-site inspection.
        mvc.perform(post("/api/staff/publicities").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filingIds\":[" + passed.get(0) + "],\"startsOn\":\"2042-10-13\",\"days\":5}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("尚未随机抽取现场考察")));
        long drawn = api.read(draw(alliance, batch, 1).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("selected").get(0).asLong();
        long notDrawn = passed.get(0) == drawn ? passed.get(1) : passed.get(0);
        // After the draw, nobody can be invited to a defense in this batch any more.
        assign(alliance, session, "[{\"filingId\":" + drawn + ",\"order\":9,\"slotStart\":\"11:00\",\"slotEnd\":\"11:30\"}]")
                .andExpect(status().isConflict());

        long publicity = api.read(mvc.perform(post("/api/staff/publicities").with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"filingIds\":[" + notDrawn + "],\"startsOn\":\"2042-10-13\",\"days\":5}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        // Objections only inside the period, publication only after it.
        objection(alliance, notDrawn, "早到的异议").andExpect(status().isConflict());
        pin("2042-10-17T18:00:00+08:00");
        mvc.perform(post("/api/staff/publicities/{id}/publish", publicity).with(alliance.auth()))
                .andExpect(status().isConflict());
        assertThat(count("SELECT COUNT(*) FROM membership WHERE filing_id = ?", notDrawn)).isZero();
        pin("2042-10-18T09:00:00+08:00");
        objection(alliance, notDrawn, "迟到的异议").andExpect(status().isConflict());
        mvc.perform(post("/api/staff/publicities/{id}/publish", publicity).with(alliance.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published.length()").value(1));
        mvc.perform(post("/api/staff/publicities/{id}/publish", publicity).with(alliance.auth()))
                .andExpect(status().isConflict());
        assertThat(count("SELECT COUNT(*) FROM membership WHERE filing_id = ?", notDrawn)).isEqualTo(1);
    }

    @Test
    void anUpheldObjectionFailsTheFilingAndHoldsItFromPublication() throws Exception {
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        long batch = isolatedBatch(2043);
        long filing = prelimPassed(alliance, 1).get(0);
        long session = session(alliance, batch, "2043-10-12", "14:00", "17:00", 5);
        assign(alliance, session, "[{\"filingId\":" + filing + ",\"order\":1,\"slotStart\":\"14:00\",\"slotEnd\":\"14:30\"}]");
        pin("2043-10-12T18:00:00+08:00");
        result(alliance, filing, "PASSED").andExpect(status().isOk());
        draw(alliance, batch, 1).andExpect(status().isCreated());
        mvc.perform(post("/api/staff/filings/{id}/onsite-result", filing).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"passed\":true}")).andExpect(status().isOk());
        long publicity = api.read(mvc.perform(post("/api/staff/publicities").with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"filingIds\":[" + filing + "],\"startsOn\":\"2043-10-13\",\"days\":3}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        pin("2043-10-14T10:00:00+08:00");
        long objection = api.read(objection(alliance, filing, "专利权属存在争议")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        // The applicant learns that its filing is being checked, not who objected or what they said.
        assertThat(jdbc.queryForObject("SELECT last_reason FROM filing WHERE id = ?", String.class, filing))
                .doesNotContain("知情人").doesNotContain("专利权属");
        pin("2043-10-16T10:00:00+08:00");
        mvc.perform(post("/api/staff/publicities/{id}/publish", publicity).with(alliance.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.heldByObjection[0]").value(filing));
        mvc.perform(post("/api/staff/objections/{id}/resolve", objection).with(alliance.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"upheld\":true,\"note\":\"专利权属确有争议\"}"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filing)).isEqualTo("PUBLICITY_FAILED");
        assertThat(count("SELECT COUNT(*) FROM membership WHERE filing_id = ?", filing)).isZero();
        mvc.perform(post("/api/staff/objections/{id}/resolve", objection).with(alliance.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"upheld\":false,\"note\":\"改判\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aCategoryStillUnderReviewCannotBeFiledAgainInTheNextBatch() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        long first = journeys.submittedFiling(applicant, supplier, "APPLICATION");
        pin("2021-08-05T10:00:00+08:00");
        journeys.createFiling(applicant, supplier, "APPLICATION", List.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("进行中")));
        journeys.createFiling(applicant, supplier, "PLATFORM", List.of()).andExpect(status().isCreated());
        // Nor can a returned filing change category after it was submitted once.
        Staff alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        mvc.perform(post("/api/staff/filings/{id}/return", first).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"补充案例\"}")).andExpect(status().isOk());
        mvc.perform(put("/api/applicant/filings/{id}", first).with(applicant.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content(Journeys.filingForm("SECURITY", List.of())))
                .andExpect(status().isConflict());
        // And a supplier with a filing under review cannot withdraw from under it.
        mvc.perform(post("/api/applicant/suppliers/{id}/withdraw", supplier).with(applicant.auth()))
                .andExpect(status().isConflict());
    }

    private long isolatedBatch(int year) {
        // A batch of its own, far from 2021, so stage-wide rules (one draw per batch, pending
        // defenses) see only this test's filings.
        jdbc.update("INSERT INTO batch (year, seq, name, opens_at, closes_at) VALUES (?, 1, ?, ?, ?)",
                year, year + "年测试批", year + "-03-01 00:00:00", year + "-03-31 23:59:59.999");
        pin(year + "-03-10T10:00:00+08:00");
        return jdbc.queryForObject("SELECT id FROM batch WHERE year = ?", Long.class, year);
    }

    private long session(Staff alliance, long batch, String day, String from, String to, int capacity) throws Exception {
        return api.read(mvc.perform(post("/api/staff/defense-sessions").with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"batchId\":" + batch + ",\"day\":\"" + day + "\",\"startsAt\":\""
                        + from + "\",\"endsAt\":\"" + to + "\",\"venue\":\"会议室\",\"address\":\"广州\",\"capacity\":" + capacity + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private org.springframework.test.web.servlet.ResultActions assign(Staff alliance, long session, String body) throws Exception {
        return mvc.perform(post("/api/staff/defense-sessions/{id}/assignments", session).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private org.springframework.test.web.servlet.ResultActions result(Staff alliance, long filing, String outcome) throws Exception {
        return mvc.perform(post("/api/staff/filings/{id}/defense-result", filing).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\"}"));
    }

    private org.springframework.test.web.servlet.ResultActions draw(Staff alliance, long batch, int count) throws Exception {
        return mvc.perform(post("/api/staff/onsite-draws").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"batchId\":" + batch + ",\"mode\":\"COUNT\",\"amount\":" + count + ",\"perCategory\":false}"));
    }

    private org.springframework.test.web.servlet.ResultActions objection(Staff alliance, long filing, String content) throws Exception {
        return mvc.perform(post("/api/staff/filings/{id}/objections", filing).with(alliance.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"raisedBy\":\"知情人\",\"content\":\"" + content + "\"}"));
    }

    /** {@code n} filings of fresh suppliers in the open batch, past 初步审核. */
    private List<Long> prelimPassed(Staff alliance, int n) throws Exception {
        java.time.Instant now = clock.instant();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Applicant a = api.applicant();
            pin("2021-02-10T10:00:00+08:00");
            long supplier = journeys.approvedSupplier(a);
            clock.pin(now);
            ids.add(journeys.submittedFiling(a, supplier, "APPLICATION"));
        }
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(list.length() == 0 ? "" : ",").append(id);
        }
        mvc.perform(post("/api/staff/filings/prelim").with(alliance.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"filingIds\":[" + list + "],\"pass\":true}")).andExpect(status().isOk());
        return ids;
    }
}
