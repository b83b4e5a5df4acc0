package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.filing.FilingMappers.FilingMapper;
import cn.aiigd.pool.review.ReviewDirectory;
import cn.aiigd.pool.supplier.SupplierDirectory;
import cn.aiigd.pool.supplier.SupplierStatus;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of capability filings. A filing is reached through its supplier's binding:
 * anyone else gets 404, as if it did not exist.
 */
@Service
public class FilingRegistrations {

    /** 通知 三（一）3: choose one category, at most two. */
    static final int MAX_LIVE_PER_BATCH = 2;

    private final FilingMapper filings;
    private final FilingRecords records;
    private final FilingRules rules;
    private final FilingWindows windows;
    private final FilingTransitions transitions;
    private final SupplierDirectory suppliers;
    private final ReviewDirectory review;
    private final Dictionaries dictionaries;
    private final Batches batches;
    private final Clock clock;

    FilingRegistrations(FilingMapper filings, FilingRecords records, FilingRules rules, FilingWindows windows,
                        FilingTransitions transitions, SupplierDirectory suppliers, ReviewDirectory review,
                        Dictionaries dictionaries, Batches batches, Clock clock) {
        this.filings = filings;
        this.records = records;
        this.rules = rules;
        this.windows = windows;
        this.transitions = transitions;
        this.suppliers = suppliers;
        this.review = review;
        this.dictionaries = dictionaries;
        this.batches = batches;
        this.clock = clock;
    }

    /** The applicant's answer to a defense invitation. */
    public record InvitationAnswer(boolean attend, String reason) {
    }

    @Transactional
    public FilingView create(String openid, long supplierId, FilingForm form) {
        suppliers.requireBound(openid, supplierId);
        var supplier = suppliers.lock(supplierId);
        if (supplier.status() != SupplierStatus.APPROVED) {
            throw ApiException.conflict("供应商基本审核通过后方可申报应用产品（服务能力），当前状态为“" + supplier.status().label() + "”");
        }
        Batch batch = windows.requireOpen();
        checkFormat(form);
        checkCategoryFree(supplierId, batch, form.category(), null);
        LocalDateTime now = LocalDateTime.now(clock);
        Filing f = new Filing();
        f.setSupplierId(supplierId);
        f.setBatchId(batch.id());
        f.setStatus(FilingStatus.DRAFT);
        f.setVersion(0);
        f.setCreatedAt(now);
        f.setUpdatedAt(now);
        apply(form, f);
        filings.insert(f);
        records.replaceDirections(f.getId(), directions(form));
        transitions.created(f, Actor.applicant(openid));
        return records.view(f);
    }

    @Transactional
    public FilingView update(String openid, long id, FilingForm form, Integer expectedVersion) {
        Filing f = requireOwn(openid, id);
        if (expectedVersion != null && !expectedVersion.equals(f.getVersion())) {
            throw ApiException.conflict("该申报已在别处被修改，请刷新后重试");
        }
        if (!f.getStatus().isEditable()) {
            throw ApiException.conflict("申报已提交，不能修改；如需修改请联系工作人员退回");
        }
        checkFormat(form);
        if (!form.category().equals(f.getCategoryCode()) && f.getSubmittedAt() != null) {
            throw ApiException.conflict("category", "已提交过的申报不能更改类别；如需申报其他类别，请在申报时间内新建申报");
        }
        if (!form.category().equals(f.getCategoryCode())) {
            suppliers.lock(f.getSupplierId());
            checkCategoryFree(f.getSupplierId(), batchOf(f), form.category(), f.getId());
        }
        apply(form, f);
        f.setUpdatedAt(LocalDateTime.now(clock));
        if (filings.updateById(f) == 0) {
            throw ApiException.conflict("该申报已在别处被修改，请刷新后重试");
        }
        records.replaceDirections(f.getId(), directions(form));
        return records.view(f);
    }

    @Transactional
    public FilingView submit(String openid, long id) {
        Filing f = requireOwn(openid, id);
        // A locking read: the supplier's current status, and a supplier withdrawal waits for us.
        var supplier = suppliers.lock(f.getSupplierId());
        if (supplier.status() != SupplierStatus.APPROVED) {
            throw ApiException.conflict("供应商当前状态为“" + supplier.status().label() + "”，基本审核通过后方可提交申报");
        }
        if (f.getStatus() == FilingStatus.DRAFT) {
            windows.requireOpen(batchOf(f));
        }
        if (f.getStatus().isEditable()) {
            List<FieldProblem> problems = rules.checkComplete(f, records.files(id).size());
            if (!problems.isEmpty()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "信息不完整", "申报信息尚不完整，请补充后再提交。", problems);
            }
        }
        transitions.move(f, FilingAction.SUBMIT, Actor.applicant(openid), null);
        return records.view(f);
    }

    @Transactional
    public FilingView withdraw(String openid, long id, String reason) {
        Filing f = requireOwn(openid, id);
        // A withdrawn filing gives its defense slot back.
        f.setDefenseSessionId(null);
        f.setDefenseOrder(null);
        transitions.move(f, FilingAction.WITHDRAW, Actor.applicant(openid), reason);
        return records.view(f);
    }

    @Transactional
    public FilingView answerInvitation(String openid, long id, InvitationAnswer answer) {
        Filing f = requireOwn(openid, id);
        if (answer.attend()) {
            f.setDefenseResponse("CONFIRMED");
            f.setDefenseResponseReason(null);
            transitions.move(f, FilingAction.CONFIRM_DEFENSE, Actor.applicant(openid), null);
        } else {
            f.setDefenseResponse("RESCHEDULE_REQUESTED");
            f.setDefenseResponseReason(answer.reason() == null ? null : answer.reason().trim());
            transitions.move(f, FilingAction.REQUEST_RESCHEDULE, Actor.applicant(openid), answer.reason());
        }
        return records.view(f);
    }

    public List<FilingView> mine(String openid) {
        List<Long> supplierIds = suppliers.boundSupplierIds(openid);
        if (supplierIds.isEmpty()) {
            return List.of();
        }
        return filings.selectList(new LambdaQueryWrapper<Filing>().in(Filing::getSupplierId, supplierIds).orderByAsc(Filing::getId))
                .stream().map(records::view).toList();
    }

    public FilingView get(String openid, long id) {
        return records.view(requireOwn(openid, id));
    }

    public List<FilingView.HistoryView> history(String openid, long id) {
        requireOwn(openid, id);
        return records.history(id).stream()
                .map(h -> h.actorType() == cn.aiigd.pool.common.ActorType.STAFF
                        ? new FilingView.HistoryView(h.action(), h.actionLabel(), h.from(), h.to(), h.actorType(), "评审工作人员", h.reason(), h.at())
                        : h)
                .toList();
    }

    /** The filing if its supplier is bound to this follower; otherwise 404, as if it did not exist. */
    Filing requireOwn(String openid, long id) {
        Filing f = filings.selectById(id);
        if (f == null || !suppliers.isBound(openid, f.getSupplierId())) {
            throw ApiException.notFound("申报不存在");
        }
        return f;
    }

    private void checkFormat(FilingForm form) {
        List<FieldProblem> problems = rules.checkFormat(form);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    /**
     * One, at most two categories per batch, never the same twice, and not one the supplier is
     * already a pool member in. Callers hold the supplier's row lock, so two requests cannot both
     * take the last place.
     */
    private void checkCategoryFree(long supplierId, Batch batch, String category, Long exceptFilingId) {
        String categoryName = dictionaries.categories().stream().filter(c -> c.code().equals(category))
                .map(c -> c.name()).findFirst().orElse(category);
        if (review.isActiveMember(supplierId, category)) {
            throw ApiException.conflict("category", "贵单位已纳入省资源池（" + categoryName + "），无须再次申报该类别");
        }
        // A locking read: under REPEATABLE READ a plain read would use the snapshot taken before the
        // supplier lock was granted and miss a filing that a concurrent request just committed.
        List<Filing> liveAnyBatch = filings.selectList(new LambdaQueryWrapper<Filing>()
                        .eq(Filing::getSupplierId, supplierId)
                        .ne(exceptFilingId != null, Filing::getId, exceptFilingId)
                        .last("FOR UPDATE"))
                .stream().filter(x -> !x.getStatus().isDead())
                .filter(x -> x.getStatus() != FilingStatus.PUBLISHED || review.isActiveMember(supplierId, x.getCategoryCode()))
                .toList();
        // A category still under review in an earlier batch cannot be filed again: two publications
        // of one category would make the supplier a member twice.
        if (liveAnyBatch.stream().anyMatch(x -> x.getCategoryCode().equals(category))) {
            throw ApiException.conflict("category", "贵单位已有“" + categoryName + "”类别的申报在进行中，同一类别不能重复申报");
        }
        List<Filing> live = liveAnyBatch.stream().filter(x -> x.getBatchId().equals(batch.id())).toList();
        if (live.size() >= MAX_LIVE_PER_BATCH) {
            throw ApiException.conflict("category", "每批次重点选择一个类别，至多两个；贵单位本批次已有 " + live.size() + " 个申报");
        }
    }

    private Batch batchOf(Filing f) {
        return batches.all().stream().filter(b -> b.id().equals(f.getBatchId())).findFirst().orElseThrow();
    }

    private static void apply(FilingForm form, Filing f) {
        f.setCategoryCode(form.category());
        f.setProductName(form.productName().trim());
        f.setDescription(trim(form.description()));
        f.setOtItIntegration(trim(form.otItIntegration()));
        f.setGuangdongCases(trim(form.guangdongCases()));
        f.setIpSummary(trim(form.ipSummary()));
    }

    private static List<String> directions(FilingForm form) {
        return form.directions() == null ? List.of() : form.directions();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
