package cn.aiigd.pool.h5;

import cn.aiigd.pool.filing.Batch;
import cn.aiigd.pool.filing.Batches;
import cn.aiigd.pool.filing.FilingRegistrations;
import cn.aiigd.pool.filing.FilingStatus;
import cn.aiigd.pool.review.ReviewDirectory;
import cn.aiigd.pool.supplier.SupplierRegistrations;
import cn.aiigd.pool.supplier.SupplierStatus;
import cn.aiigd.pool.wechat.signin.ApplicantPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The home page in one round trip: the follower's suppliers and filings with their stages, and the
 * batch window judged by the service's clock (which a rehearsal may pin), not the phone's.
 */
@RestController
@RequestMapping("/api/applicant/me")
@Tag(name = "申报企业：我的概况", description = "首页所需的全部信息：我绑定的供应商、我的申报、当前申报批次。")
@SecurityRequirement(name = "applicant")
class ApplicantSummaryController {

    private final SupplierRegistrations suppliers;
    private final FilingRegistrations filings;
    private final ReviewDirectory review;
    private final Batches batches;
    private final Clock clock;

    ApplicantSummaryController(SupplierRegistrations suppliers, FilingRegistrations filings, ReviewDirectory review,
                               Batches batches, Clock clock) {
        this.suppliers = suppliers;
        this.filings = filings;
        this.review = review;
        this.batches = batches;
        this.clock = clock;
    }

    /** Everything the home page shows. */
    record Summary(LocalDateTime now, List<SupplierItem> suppliers, List<FilingItem> filings, BatchWindow openBatch,
                   BatchWindow nextBatch) {
    }

    /** A bound supplier; {@code poolMember}: it may file change requests. */
    record SupplierItem(long id, String companyName, String creditCode, SupplierStatus status, String statusLabel,
                        LocalDate reviewDueOn, String lastReason, boolean needsCompletion, boolean poolMember) {
    }

    /** A filing; {@code live}: it counts towards the two per batch. */
    record FilingItem(long id, long supplierId, String companyName, long batchId, String batchName, String category,
                      String categoryName, String productName, FilingStatus status, String statusLabel, boolean live,
                      String nextStep, LocalDate nextStepBy) {
    }

    /** A batch window; {@code daysLeft}: whole days until it closes (0 on its last day), {@code daysToOpen} until it opens. */
    record BatchWindow(long id, String name, LocalDateTime opensAt, LocalDateTime closesAt, long daysLeft, long daysToOpen) {
    }

    @GetMapping
    @Operation(summary = "我的概况", description = "我绑定的供应商与其中的申报（阶段、下一步、截止日期），以及按服务时钟的当前与下一申报批次。")
    Summary me(@AuthenticationPrincipal ApplicantPrincipal me) {
        LocalDateTime now = LocalDateTime.now(clock);
        var mySuppliers = suppliers.mine(me.openid()).stream()
                .map(s -> new SupplierItem(s.id(), s.companyName(), s.creditCode(), s.status(), s.statusLabel(),
                        s.reviewDueOn(), s.lastReason(), s.needsCompletion(), review.hasActiveMembership(s.id())))
                .toList();
        var myFilings = filings.mine(me.openid()).stream()
                .map(f -> new FilingItem(f.id(), f.supplierId(), f.companyName(), f.batchId(), f.batchName(), f.category(),
                        f.categoryName(), f.productName(), f.status(), f.statusLabel(), !f.status().isDead(), f.nextStep(),
                        f.nextStepBy()))
                .toList();
        return new Summary(now, mySuppliers, myFilings, batches.openNow().map(b -> window(b, now)).orElse(null),
                batches.nextAfterNow().map(b -> window(b, now)).orElse(null));
    }

    private static BatchWindow window(Batch b, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        return new BatchWindow(b.id(), b.name(), b.opensAt(), b.closesAt(),
                Math.max(0, ChronoUnit.DAYS.between(today, b.closesAt().toLocalDate())),
                Math.max(0, ChronoUnit.DAYS.between(today, b.opensAt().toLocalDate())));
    }
}
