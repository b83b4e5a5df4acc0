package cn.aiigd.pool.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Api.Applicant;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.support.Journeys;
import cn.aiigd.pool.support.Pdf;
import cn.aiigd.pool.support.RowLockHolder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/** A double tap on a creating POST stores one record: Idempotency-Key per follower, kept in Redis. */
class IdempotencyIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private MockHttpServletResponse createSupplier(Applicant who, String body, String key) throws Exception {
        var req = post("/api/applicant/suppliers").with(who.auth()).contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            req.header("Idempotency-Key", key);
        }
        return mvc.perform(req).andReturn().getResponse();
    }

    private MockHttpServletResponse upload(Applicant who, long supplierId, String key) throws Exception {
        var req = multipart("/api/applicant/suppliers/{id}/files", supplierId)
                .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", Pdf.minimalPdf())).with(who.auth());
        if (key != null) {
            req.header("Idempotency-Key", key);
        }
        return mvc.perform(req).andReturn().getResponse();
    }

    private long draft(Applicant who) throws Exception {
        var r = createSupplier(who, api.write(Api.completeForm(Api.creditCode(), "440000", "440100")), null);
        assertThat(r.getStatus()).isEqualTo(201);
        return api.read(r.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
    }

    private int files(long supplierId) {
        return count("SELECT COUNT(*) FROM supplier_file WHERE supplier_id = ?", supplierId);
    }

    @Test
    void theSameKeyTwiceCreatesOneRecordAndAnswersTheSame() throws Exception {
        Applicant me = api.applicant();
        String creditCode = Api.creditCode();
        String body = api.write(Api.completeForm(creditCode, "440000", "440100"));
        String k = key();
        MockHttpServletResponse first = createSupplier(me, body, k);
        MockHttpServletResponse again = createSupplier(me, body, k);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.getContentType()).isEqualTo(first.getContentType());
        assertThat(first.getHeader("Idempotent-Replayed")).isNull();
        assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", creditCode)).isEqualTo(1);
        // Without the key the repeat is a new request, which the credit code's uniqueness refuses.
        assertThat(createSupplier(me, body, null).getStatus()).isEqualTo(409);
    }

    @Test
    void aDoubleTappedUploadAttachesTheFileOnce() throws Exception {
        Applicant me = api.applicant();
        long id = draft(me);
        String k = key();
        MockHttpServletResponse first = upload(me, id, k);
        MockHttpServletResponse again = upload(me, id, k);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
        assertThat(files(id)).isEqualTo(1);
    }

    @Test
    void differentKeysAreDifferentRequests() throws Exception {
        Applicant me = api.applicant();
        long id = draft(me);
        assertThat(upload(me, id, key()).getStatus()).isEqualTo(201);
        assertThat(upload(me, id, key()).getStatus()).isEqualTo(201);
        assertThat(files(id)).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryRequestRunsAsBefore() throws Exception {
        Applicant me = api.applicant();
        long id = draft(me);
        MockHttpServletResponse a = upload(me, id, null);
        MockHttpServletResponse b = upload(me, id, null);
        assertThat(a.getStatus()).isEqualTo(201);
        assertThat(b.getStatus()).isEqualTo(201);
        assertThat(b.getHeader("Idempotent-Replayed")).isNull();
        assertThat(files(id)).isEqualTo(2);
    }

    @Test
    void anotherFollowersKeyNeverReplaysMine() throws Exception {
        Applicant me = api.applicant();
        Applicant other = api.applicant();
        long mine = draft(me);
        String k = key();
        assertThat(upload(me, mine, k).getStatus()).isEqualTo(201);
        // The same key on my supplier's address: their own request, which cannot see my supplier.
        MockHttpServletResponse theirs = upload(other, mine, k);
        assertThat(theirs.getStatus()).isEqualTo(404);
        assertThat(theirs.getHeader("Idempotent-Replayed")).isNull();
        assertThat(files(mine)).isEqualTo(1);
        // And on their own supplier it simply works.
        long own = draft(other);
        assertThat(upload(other, own, k).getStatus()).isEqualTo(201);
        assertThat(files(own)).isEqualTo(1);
    }

    @Test
    void aRefusedRequestFreesItsKeyForTheCorrectedOne() throws Exception {
        Applicant me = api.applicant();
        String creditCode = Api.creditCode();
        String k = key();
        String wrong = api.write(Api.withContactMobile(Api.completeForm(creditCode, "440000", "440100"), "12345"));
        MockHttpServletResponse refused = createSupplier(me, wrong, k);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("contactMobile");
        MockHttpServletResponse fixed = createSupplier(me, api.write(Api.completeForm(creditCode, "440000", "440100")), k);
        assertThat(fixed.getStatus()).isEqualTo(201);
        assertThat(fixed.getHeader("Idempotent-Replayed")).isNull();
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", creditCode)).isEqualTo(1);
    }

    @Test
    void aRepeatWhileTheFirstStillRunsGets409AndTheFirstStillCompletesOnce() throws Exception {
        Applicant me = api.applicant();
        long supplierId = journeys.approvedSupplier(me);
        String k = key();
        String body = Journeys.filingForm("PLATFORM", List.of("AI"));
        var request = post("/api/applicant/suppliers/{id}/filings", supplierId).with(me.auth()).header("Idempotency-Key", k)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        MockHttpServletResponse first;
        try (RowLockHolder lock = RowLockHolder.lock(dataSource, "supplier", supplierId)) {
            // The first request stops at the supplier's row lock, holding its key.
            CompletableFuture<MockHttpServletResponse> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(request).andReturn().getResponse();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // Only the supplier lock counts: other statements (the policy refresh) come and go meanwhile.
            lock.awaitWaiters(1, "SELECT%FROM%supplier%FOR UPDATE", Duration.ofSeconds(20));
            MockHttpServletResponse concurrent = mvc.perform(request).andReturn().getResponse();
            assertThat(concurrent.getStatus()).isEqualTo(409);
            assertThat(concurrent.getContentAsString(StandardCharsets.UTF_8)).contains("正在处理中");
            lock.close();
            first = running.get(30, TimeUnit.SECONDS);
        }
        assertThat(first.getStatus()).isEqualTo(201);
        MockHttpServletResponse later = mvc.perform(request).andReturn().getResponse();
        assertThat(later.getStatus()).isEqualTo(201);
        assertThat(later.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));
        assertThat(count("SELECT COUNT(*) FROM filing WHERE supplier_id = ?", supplierId)).isEqualTo(1);
        long filingId = api.read(first.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        // Leaves batch 1 as the other tests of this context expect it.
        assertThat(mvc.perform(post("/api/applicant/filings/{id}/withdraw", filingId).with(me.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void aKeyUsedForOneAddressIsRefusedOnAnother() throws Exception {
        Applicant me = api.applicant();
        long a = draft(me);
        long b = draft(me);
        String k = key();
        assertThat(upload(me, a, k).getStatus()).isEqualTo(201);
        MockHttpServletResponse reused = upload(me, b, k);
        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(files(b)).isZero();
    }

    @Test
    void aMalformedKeyIsRefusedBeforeAnythingRuns() throws Exception {
        Applicant me = api.applicant();
        long id = draft(me);
        assertThat(upload(me, id, "x".repeat(200)).getStatus()).isEqualTo(400);
        assertThat(upload(me, id, "含中文的键").getStatus()).isEqualTo(400);
        assertThat(files(id)).isZero();
    }
}
