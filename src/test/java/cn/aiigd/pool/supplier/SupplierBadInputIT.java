package cn.aiigd.pool.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Api.Applicant;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Pdf;
import cn.aiigd.pool.support.RowLockHolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every bad input the issue lists: a clear Chinese error and nothing stored or changed. Each case
 * checks the database afterwards, so a check removed from the code makes its test fail.
 */
class SupplierBadInputIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    static final String GUANGZHOU = "440100";

    @Value("${pool.files.dir}")
    String filesDir;

    // ---- credit codes --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "91310110666007217X, 校验位不正确",
            "91310110666007217t, 大写",
            "9131011066600721T, 应为 18 位"
    })
    void badCreditCodesAreRefusedAndNothingIsStored(String code, String message) throws Exception {
        int before = count("SELECT COUNT(*) FROM supplier");
        createWith(api.applicant(), form(code))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].message").value(hasItem(containsString(message))));
        assertThat(count("SELECT COUNT(*) FROM supplier")).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", code)).isZero();
    }

    @Test
    void aCreditCodeRegisteredByAnotherApplicantIsAConflict() throws Exception {
        String code = Api.creditCode();
        long first = created(api.applicant(), form(code));
        Applicant other = api.applicant();
        createWith(other, form(code))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.detail", containsString("已注册")));
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", code)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM supplier_binding WHERE openid = ?", other.openid())).isZero();
        // Nor can an edit take over somebody's code.
        Applicant third = api.applicant();
        long mine = created(third, form(Api.creditCode()));
        mvc.perform(put("/api/applicant/suppliers/{id}", mine).with(third.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(form(code)))
                .andExpect(status().isConflict());
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", code)).isEqualTo(1);
        assertThat(first).isNotEqualTo(mine);
    }

    // ---- contacts, industries, places ----------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "contactMobile=1380000123      | contactMobile",
            "contactMobile=23800001234     | contactMobile",
            "contactEmail=not-an-email     | contactEmail",
            "contactEmail=a@b              | contactEmail",
            "industries=13,14,15,17        | industries",
            "industries=ALL,29             | industries",
            "industries=99                 | industries",
            "industries=29,29              | industries",
            "registrationCity=440999       | registrationCity",
            "registrationProvince=999999   | registrationProvince",
            "foundedOn=2099-01-01          | foundedOn"
    })
    void badFieldsAreRefusedOnSaveAndNothingIsStored(String change, String field) throws Exception {
        String code = Api.creditCode();
        String body = withChange(form(code), change);
        createWith(api.applicant(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", code)).isZero();

        // The same change on an existing draft leaves it as it was.
        Applicant applicant = api.applicant();
        long id = created(applicant, form(code));
        String before = snapshot(id);
        mvc.perform(put("/api/applicant/suppliers/{id}", id).with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void theRegistrationPlaceMustAgreeWithTheCreditCodesAuthority() throws Exception {
        // A Guangzhou licence (division 440101) cannot choose the alliance or another city's reviewers.
        String code = Api.creditCode();
        createWith(api.applicant(), api.write(Api.completeForm(code, "110000", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("registrationProvince"));
        createWith(api.applicant(), api.write(Api.completeForm(code, "440000", "440300")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("registrationCity"))
                .andExpect(jsonPath("$.errors[0].message", containsString("广州市")));
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", code)).isZero();
        // A provincial-level Guangdong code may name any city; codes from elsewhere are not second-guessed.
        createWith(api.applicant(), api.write(Api.completeForm(Api.creditCodeIn("440000"), "440000", "440300")))
                .andExpect(status().isCreated());
        createWith(api.applicant(), api.write(Api.completeForm(Api.creditCodeIn("310115"), "820000", null)))
                .andExpect(status().isCreated());
    }

    @Test
    void zeroIndustriesAndMissingConsentsStopSubmission() throws Exception {
        Applicant applicant = api.applicant();
        var f = Api.completeForm(Api.creditCode(), "440000", GUANGZHOU);
        var incomplete = new cn.aiigd.pool.supplier.SupplierForm(f.companyName(), f.creditCode(), f.registrationProvince(),
                f.registrationCity(), f.legalRepresentative(), f.foundedOn(), f.coversGuangdong(), f.teamInGuangdong(),
                f.ipSummary(), List.of(), f.cases(), f.contactName(), f.contactMobile(), f.contactEmail(), false, null);
        long id = created(applicant, api.write(incomplete));
        upload(applicant, id, "营业执照.pdf", Pdf.minimalPdf()).andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "industries", "consentCommitments", "consentPrivacy")));
        assertThat(statusOf(id)).isEqualTo("DRAFT");
        assertThat(count("SELECT COUNT(*) FROM supplier_history WHERE supplier_id = ? AND action = 'SUBMIT'", id)).isZero();
    }

    @Test
    void aSupplierWithoutFilesOrCasesCannotBeSubmitted() throws Exception {
        Applicant applicant = api.applicant();
        var f = Api.completeForm(Api.creditCode(), "440000", GUANGZHOU);
        var noCases = new cn.aiigd.pool.supplier.SupplierForm(f.companyName(), f.creditCode(), f.registrationProvince(),
                null, f.legalRepresentative(), f.foundedOn(), false, f.teamInGuangdong(), f.ipSummary(), f.industries(),
                List.of(), f.contactName(), f.contactMobile(), f.contactEmail(), true, true);
        long id = created(applicant, api.write(noCases));
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "registrationCity", "coversGuangdong", "cases", "files")));
        assertThat(statusOf(id)).isEqualTo("DRAFT");
    }

    @Test
    void malformedJsonIsAClearError() throws Exception {
        int before = count("SELECT COUNT(*) FROM supplier");
        mvc.perform(post("/api/applicant/suppliers").with(api.applicant().auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"companyName\": \"x\", \"foundedOn\": \"去年\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("JSON")));
        assertThat(count("SELECT COUNT(*) FROM supplier")).isEqualTo(before);
    }

    // ---- uploads -------------------------------------------------------------------------------

    @Test
    void executablesAreRefusedWhateverTheyAreCalled() throws Exception {
        Applicant applicant = api.applicant();
        long id = created(applicant, form(Api.creditCode()));
        long storedBefore = storedFiles();
        upload(applicant, id, "营业执照.pdf", Pdf.windowsExecutable())
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("不符")));
        upload(applicant, id, "scan.png", Pdf.elfExecutable()).andExpect(status().isUnsupportedMediaType());
        upload(applicant, id, "setup.exe", Pdf.windowsExecutable())
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.errors[0].message", containsString("PDF、JPG 或 PNG")));
        // A real PDF with a .png name is refused too: the content decides.
        upload(applicant, id, "licence.png", Pdf.minimalPdf()).andExpect(status().isUnsupportedMediaType());
        assertThat(count("SELECT COUNT(*) FROM supplier_file WHERE supplier_id = ?", id)).isZero();
        assertThat(storedFiles()).isEqualTo(storedBefore);
    }

    @Test
    void oversizedAndEmptyUploadsAreRefused() throws Exception {
        Applicant applicant = api.applicant();
        long id = created(applicant, form(Api.creditCode()));
        long storedBefore = storedFiles();
        byte[] big = new byte[1024 * 1024 + 1]; // test limit is 1 MB
        System.arraycopy(Pdf.minimalPdf(), 0, big, 0, Pdf.minimalPdf().length);
        upload(applicant, id, "big.pdf", big)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].message", containsString("不能超过 1 MB")));
        upload(applicant, id, "empty.pdf", new byte[0]).andExpect(status().isBadRequest());
        assertThat(count("SELECT COUNT(*) FROM supplier_file WHERE supplier_id = ?", id)).isZero();
        assertThat(storedFiles()).isEqualTo(storedBefore);
    }

    // ---- state and ownership -------------------------------------------------------------------

    @Test
    void submittingTwiceIsAConflictAndRecordsOneSubmission() throws Exception {
        Applicant applicant = api.applicant();
        long id = submitted(applicant);
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("已提交，正在审核中，请勿重复提交"));
        assertThat(count("SELECT COUNT(*) FROM supplier_history WHERE supplier_id = ? AND action = 'SUBMIT'", id)).isEqualTo(1);
    }

    @Test
    void approvingADraftIsAConflict() throws Exception {
        long id = created(api.applicant(), form(Api.creditCode()));
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(reviewer.auth()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("当前状态为“草稿”，不能“审核通过”"));
        assertThat(statusOf(id)).isEqualTo("DRAFT");
    }

    @Test
    void aCityReviewerCannotActOnAnotherCitysSupplier() throws Exception {
        long id = submitted(api.applicant());
        Staff shenzhen = api.staff(StaffRole.CITY_REVIEWER, "440300");
        // Nor may a city reviewer bind followers to it.
        mvc.perform(post("/api/staff/suppliers/{id}/bindings", id).with(shenzhen.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"openid\":\"oIntruder12345\"}")).andExpect(status().isForbidden());
        assertThat(count("SELECT COUNT(*) FROM supplier_binding WHERE supplier_id = ?", id)).isEqualTo(1);
        for (String action : List.of("approve", "return", "reject")) {
            mvc.perform(post("/api/staff/suppliers/{id}/" + action, id).with(shenzhen.auth())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("该供应商不在您负责的地市范围内"));
        }
        mvc.perform(get("/api/staff/suppliers/{id}", id).with(shenzhen.auth())).andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("PENDING_REVIEW");
        assertThat(count("SELECT COUNT(*) FROM supplier_history WHERE supplier_id = ?", id)).isEqualTo(2);
    }

    @Test
    void anApplicantCannotTellAnotherApplicantsSupplierFromANonExistentOne() throws Exception {
        Applicant owner = api.applicant();
        long id = created(owner, form(Api.creditCode()));
        Applicant stranger = api.applicant();
        String theirs = mvc.perform(get("/api/applicant/suppliers/{id}", id).with(stranger.auth()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String nobody = mvc.perform(get("/api/applicant/suppliers/{id}", 987654321L).with(stranger.auth()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(api.read(theirs).get("detail")).isEqualTo(api.read(nobody).get("detail"));
        String before = snapshot(id);
        mvc.perform(put("/api/applicant/suppliers/{id}", id).with(stranger.auth())
                .contentType(MediaType.APPLICATION_JSON).content(form(Api.creditCode()))).andExpect(status().isNotFound());
        mvc.perform(post("/api/applicant/suppliers/{id}/withdraw", id).with(stranger.auth())).andExpect(status().isNotFound());
        mvc.perform(get("/api/applicant/suppliers/{id}/history", id).with(stranger.auth())).andExpect(status().isNotFound());
        upload(stranger, id, "x.pdf", Pdf.minimalPdf()).andExpect(status().isNotFound());
        assertThat(snapshot(id)).isEqualTo(before);
        mvc.perform(get("/api/applicant/suppliers").with(stranger.auth()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theDevSignInDoesNotExistOutsideTheLocalProfile() throws Exception {
        mvc.perform(post("/api/dev/applicant-session").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openid\":\"oAnybody123456\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void requestsWithoutAValidSessionAreUnauthorized() throws Exception {
        mvc.perform(get("/api/applicant/suppliers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/applicant/suppliers").header("Authorization", "Bearer " + "x".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/staff/suppliers")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/staff/suppliers").with(new Api.Staff("nobody", "wrong-password").auth()))
                .andExpect(status().isUnauthorized());
        // An applicant session is not a staff sign-in.
        mvc.perform(get("/api/staff/suppliers").with(api.applicant().auth())).andExpect(status().isForbidden());
    }

    @Test
    void twoReviewersDecidingAtOnceGetOneWinnerAndOneConflict() throws Exception {
        Staff first = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        Staff second = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = submitted(api.applicant());
                CountDownLatch go = new CountDownLatch(1);
                Callable<Integer> approve = () -> {
                    go.await();
                    return mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(first.auth()))
                            .andReturn().getResponse().getStatus();
                };
                Callable<Integer> reject = () -> {
                    go.await();
                    return mvc.perform(post("/api/staff/suppliers/{id}/reject", id).with(second.auth())
                                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"材料不全\"}"))
                            .andReturn().getResponse().getStatus();
                };
                // Both decisions read the same version, then queue behind a lock this test holds on the
                // supplier row; released together, only the optimistic lock can stop the second one.
                List<Integer> codes;
                try (RowLockHolder lock = RowLockHolder.lock(dataSource, "supplier", id)) {
                    Future<Integer> a = pool.submit(approve);
                    Future<Integer> b = pool.submit(reject);
                    go.countDown();
                    lock.awaitWaiters(2, java.time.Duration.ofSeconds(20));
                    lock.close();
                    codes = Stream.of(a.get(), b.get()).sorted().toList();
                }
                assertThat(codes).as("round %d", round).containsExactly(200, 409);
                assertThat(count("SELECT COUNT(*) FROM supplier_history WHERE supplier_id = ? AND action IN ('APPROVE','REJECT')", id))
                        .isEqualTo(1);
                String finalStatus = statusOf(id);
                String winner = jdbc.queryForObject(
                        "SELECT to_status FROM supplier_history WHERE supplier_id = ? ORDER BY id DESC LIMIT 1", String.class, id);
                assertThat(finalStatus).isEqualTo(winner).isIn("APPROVED", "REJECTED");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        long id = submitted(api.applicant());
        int version = jdbc.queryForObject("SELECT version FROM supplier WHERE id = ?", Integer.class, id);
        Staff reviewer = api.staff(StaffRole.CITY_REVIEWER, GUANGZHOU);
        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(reviewer.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + (version - 1) + "}"))
                .andExpect(status().isConflict());
        assertThat(statusOf(id)).isEqualTo("PENDING_REVIEW");
        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(reviewer.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
                .andExpect(status().isOk());
    }

    @Test
    void anEditWithAStaleIfMatchIsRefused() throws Exception {
        Applicant applicant = api.applicant();
        long id = created(applicant, form(Api.creditCode()));
        int version = jdbc.queryForObject("SELECT version FROM supplier WHERE id = ?", Integer.class, id);
        String before = snapshot(id);
        mvc.perform(put("/api/applicant/suppliers/{id}", id).with(applicant.auth()).header("If-Match", "\"" + (version + 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content(form(Api.creditCode())))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/applicant/suppliers/{id}", id).with(applicant.auth()).header("If-Match", "not-a-number")
                        .contentType(MediaType.APPLICATION_JSON).content(form(Api.creditCode())))
                .andExpect(status().isBadRequest());
        assertThat(snapshot(id)).isEqualTo(before);
        mvc.perform(put("/api/applicant/suppliers/{id}", id).with(applicant.auth()).header("If-Match", String.valueOf(version))
                        .contentType(MediaType.APPLICATION_JSON).content(form(Api.creditCode())))
                .andExpect(status().isOk());
    }

    // ---- helpers -------------------------------------------------------------------------------

    String form(String code) {
        return api.write(Api.completeForm(code, "440000", GUANGZHOU));
    }

    /** Applies "field=value" (comma-separated for a list) to a JSON form. */
    String withChange(String json, String change) {
        String[] kv = change.split("=", 2);
        var node = (tools.jackson.databind.node.ObjectNode) api.read(json);
        if (kv[0].equals("industries")) {
            var arr = node.putArray("industries");
            for (String v : kv[1].split(",")) {
                arr.add(v);
            }
        } else {
            node.put(kv[0], kv[1]);
        }
        return node.toString();
    }

    ResultActions createWith(Applicant applicant, String body) throws Exception {
        return mvc.perform(post("/api/applicant/suppliers").with(applicant.auth())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long created(Applicant applicant, String body) throws Exception {
        String json = createWith(applicant, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return api.read(json).get("id").asLong();
    }

    long submitted(Applicant applicant) throws Exception {
        long id = created(applicant, form(Api.creditCode()));
        upload(applicant, id, "营业执照.pdf", Pdf.minimalPdf()).andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth())).andExpect(status().isOk());
        return id;
    }

    ResultActions upload(Applicant applicant, long id, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/applicant/suppliers/{id}/files", id)
                .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .param("kind", "BUSINESS_LICENSE").with(applicant.auth()));
    }

    String statusOf(long id) {
        return jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, id);
    }

    /** Every stored column and part of a supplier, to show that a refused request changed nothing. */
    String snapshot(long id) {
        return jdbc.queryForList("SELECT * FROM supplier WHERE id = ?", id).toString()
                + jdbc.queryForList("SELECT industry_code FROM supplier_industry WHERE supplier_id = ? ORDER BY 1", id)
                + jdbc.queryForList("SELECT customer, industry_code, year, summary FROM supplier_case WHERE supplier_id = ? ORDER BY sort_order", id)
                + jdbc.queryForList("SELECT id FROM supplier_file WHERE supplier_id = ?", id)
                + jdbc.queryForList("SELECT id FROM supplier_history WHERE supplier_id = ?", id);
    }

    long storedFiles() throws IOException {
        Path root = Path.of(filesDir);
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
