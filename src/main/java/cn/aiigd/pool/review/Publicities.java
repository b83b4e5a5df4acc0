package cn.aiigd.pool.review;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.filing.Filing;
import cn.aiigd.pool.filing.FilingAction;
import cn.aiigd.pool.filing.FilingStatus;
import cn.aiigd.pool.filing.FilingView;
import cn.aiigd.pool.filing.FilingWorkflow;
import cn.aiigd.pool.review.ReviewMappers.ObjectionMapper;
import cn.aiigd.pool.review.ReviewMappers.PublicityMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示 and 正式发布 (通知 三（三）): a publicity period over a set of filings, objections raised
 * during it, and publication once it has ended — each published filing becoming a pool membership.
 */
@Service
public class Publicities {

    static final int MAX_DAYS = 30;

    private final PublicityMapper publicities;
    private final ObjectionMapper objections;
    private final FilingWorkflow filings;
    private final Memberships memberships;
    private final OnsiteDraws onsite;
    private final Clock clock;

    Publicities(PublicityMapper publicities, ObjectionMapper objections, FilingWorkflow filings, Memberships memberships,
                OnsiteDraws onsite, Clock clock) {
        this.onsite = onsite;
        this.publicities = publicities;
        this.objections = objections;
        this.filings = filings;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Opening a period: which filings, from when, for how many calendar days. */
    public record NewPublicity(List<Long> filingIds, LocalDate startsOn, Integer days) {
    }

    /** An objection as staff record it: who raised it and what it says. */
    public record NewObjection(String raisedBy, String content) {
    }

    /** A resolution: upheld (the filing fails) or dismissed (back to publicity). */
    public record Resolution(Boolean upheld, String note) {
    }

    /** An objection as staff see it. */
    public record ObjectionView(long id, long filingId, String raisedBy, String content, LocalDateTime raisedAt,
                                String recordedBy, Objection.Resolution resolution, String resolutionNote,
                                String resolvedBy, LocalDateTime resolvedAt) {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.getId(), o.getFilingId(), o.getRaisedBy(), o.getContent(), o.getRaisedAt(),
                    o.getRecordedBy(), o.getResolution(), o.getResolutionNote(), o.getResolvedBy(), o.getResolvedAt());
        }
    }

    /** A publicity period with its filings and objections. */
    public record PublicityView(long id, long batchId, LocalDate startsOn, int days, LocalDate endsOn,
                                LocalDateTime publishedAt, List<FilingView> filings, List<ObjectionView> objections) {
    }

    /** What publication did: filings published, and those held (open objection, or already a member in that category). */
    public record PublicationResult(PublicityView publicity, List<Long> published, List<Long> heldByObjection) {
    }

    @Transactional
    public PublicityView open(Actor staff, NewPublicity n) {
        if (n.startsOn() == null || n.startsOn().isBefore(LocalDate.now(clock))) {
            throw ApiException.invalid("startsOn", "公示开始日期不能早于今天");
        }
        if (n.days() == null || n.days() < 1 || n.days() > MAX_DAYS) {
            throw ApiException.invalid("days", "公示天数应为 1–" + MAX_DAYS + " 天");
        }
        List<Filing> targets = filings.loadAll(n.filingIds()).stream()
                .sorted(java.util.Comparator.comparing(Filing::getId)).toList();
        long batchId = targets.get(0).getBatchId();
        if (targets.stream().anyMatch(f -> f.getBatchId() != batchId)) {
            throw ApiException.invalid("filingIds", "一次公示只能包含同一批次的申报");
        }
        // 现场考察 is drawn at random among every filing that passed its defense: none may reach
        // publicity around the draw.
        filings.lockBatch(batchId);
        java.util.Set<Long> drawn = onsite.candidatesOf(batchId).orElseThrow(() ->
                ApiException.conflict("本批次尚未随机抽取现场考察，请先抽取后再公示"));
        for (Filing f : targets) {
            if (f.getStatus() == FilingStatus.DEFENSE_DONE && !drawn.contains(f.getId())) {
                throw ApiException.conflict("申报“" + f.getProductName() + "”未参加本批次的现场考察抽取，不能直接公示");
            }
        }
        Publicity p = new Publicity();
        p.setBatchId(batchId);
        p.setStartsOn(n.startsOn());
        p.setDays(n.days());
        p.setEndsOn(n.startsOn().plusDays(n.days() - 1L));
        p.setCreatedBy(staff.name());
        p.setCreatedAt(LocalDateTime.now(clock));
        publicities.insert(p);
        for (Filing f : targets) {
            f.setPublicityId(p.getId());
            filings.move(f, FilingAction.OPEN_PUBLICITY, staff, null);
        }
        return view(p);
    }

    public PublicityView get(long id) {
        return view(require(id));
    }

    /** The publicity periods, newest first, of one batch or all. */
    public java.util.List<PublicityView> list(Long batchId) {
        return publicities.selectList(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<Publicity>()
                        .eq(batchId != null, Publicity::getBatchId, batchId).orderByDesc(Publicity::getId))
                .stream().map(this::view).toList();
    }

    /** Records an objection against a filing in publicity; only while the period runs. */
    @Transactional
    public ObjectionView raise(Actor staff, long filingId, NewObjection n) {
        if (n.raisedBy() == null || n.raisedBy().isBlank() || n.raisedBy().length() > 100) {
            throw ApiException.invalid("raisedBy", "请填写异议人（单位或个人，不超过 100 字）");
        }
        if (n.content() == null || n.content().isBlank() || n.content().length() > 2000) {
            throw ApiException.invalid("content", "请填写异议内容（不超过 2000 字）");
        }
        // The filing row lock serialises every objection and resolution of this filing.
        Filing f = filings.lock(filingId);
        if (f.getPublicityId() == null || (f.getStatus() != FilingStatus.PUBLICITY && f.getStatus() != FilingStatus.OBJECTION)) {
            throw ApiException.conflict("申报“" + f.getProductName() + "”不在公示中，不能登记异议");
        }
        Publicity p = require(f.getPublicityId());
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(p.getStartsOn()) || today.isAfter(p.getEndsOn())) {
            throw ApiException.conflict("公示期为 " + p.getStartsOn() + " 至 " + p.getEndsOn() + "，公示期外不能登记异议");
        }
        Objection o = new Objection();
        o.setFilingId(filingId);
        o.setPublicityId(p.getId());
        o.setRaisedBy(n.raisedBy().trim());
        o.setContent(n.content().trim());
        o.setRaisedAt(LocalDateTime.now(clock));
        o.setRecordedBy(staff.name());
        objections.insert(o);
        if (f.getStatus() == FilingStatus.PUBLICITY) {
            // Who objected and what they said stay with staff; the applicant sees only that it is being checked.
            filings.move(f, FilingAction.RAISE_OBJECTION, staff, "公示期收到异议，工作人员核查中");
        }
        return ObjectionView.of(o);
    }

    /**
     * Resolves an objection. Upheld: the filing fails. Dismissed: the filing returns to publicity,
     * unless another objection against it is still open.
     */
    @Transactional
    public ObjectionView resolve(Actor staff, long objectionId, Resolution r) {
        if (r == null || r.upheld() == null) {
            throw ApiException.invalid("upheld", "请选择异议是否成立");
        }
        if (r.note() == null || r.note().isBlank() || r.note().length() > 500) {
            throw ApiException.invalid("note", "请填写核查结论（不超过 500 字）");
        }
        // Locking reads only, filing first: no snapshot is taken before the filing lock is held.
        Long filingId = objections.filingOf(objectionId);
        if (filingId == null) {
            throw ApiException.notFound("异议不存在");
        }
        Filing f = filings.lock(filingId);
        Objection o = objections.selectById(objectionId);
        if (o.getResolution() != null) {
            throw ApiException.conflict("该异议已处理");
        }
        o.setResolution(r.upheld() ? Objection.Resolution.UPHELD : Objection.Resolution.DISMISSED);
        o.setResolutionNote(r.note().trim());
        o.setResolvedBy(staff.name());
        o.setResolvedAt(LocalDateTime.now(clock));
        if (objections.resolveIfOpen(o) == 0) {
            throw ApiException.conflict("该异议已处理");
        }
        if (f.getStatus() == FilingStatus.OBJECTION) {
            if (r.upheld()) {
                filings.move(f, FilingAction.UPHOLD_OBJECTION, staff, "异议成立：" + r.note().trim());
            } else if (openObjections(f.getId()) == 0) {
                filings.move(f, FilingAction.DISMISS_OBJECTION, staff, "异议经核查不成立，恢复公示");
            }
        }
        return ObjectionView.of(o);
    }

    /** 正式发布: only after the period has ended; filings held by an objection wait. */
    @Transactional
    public PublicationResult publish(Actor staff, long publicityId) {
        Publicity p = publicities.lock(publicityId);
        if (p == null) {
            throw ApiException.notFound("公示不存在");
        }
        if (p.getPublishedAt() != null) {
            throw ApiException.conflict("该公示已于 " + p.getPublishedAt().toLocalDate() + " 发布");
        }
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(p.getEndsOn())) {
            throw ApiException.conflict("公示期至 " + p.getEndsOn() + " 结束，期满无异议后方可正式发布");
        }
        List<Long> published = new ArrayList<>();
        List<Long> held = new ArrayList<>();
        for (Filing f : filings.inPublicity(p.getId())) {
            if (f.getStatus() == FilingStatus.PUBLICITY && memberships.isActiveMember(f.getSupplierId(), f.getCategoryCode())) {
                held.add(f.getId());
            } else if (f.getStatus() == FilingStatus.PUBLICITY) {
                f.setPublishedOn(today);
                filings.move(f, FilingAction.PUBLISH, staff, null);
                memberships.admit(f, today);
                published.add(f.getId());
            } else if (f.getStatus() == FilingStatus.OBJECTION) {
                held.add(f.getId());
            }
        }
        if (held.isEmpty()) {
            p.setPublishedAt(LocalDateTime.now(clock));
            publicities.updateById(p);
        }
        return new PublicationResult(view(p), published, held);
    }

    private long openObjections(long filingId) {
        return objections.openFor(filingId);
    }

    private Publicity require(long id) {
        Publicity p = publicities.selectById(id);
        if (p == null) {
            throw ApiException.notFound("公示不存在");
        }
        return p;
    }

    private PublicityView view(Publicity p) {
        List<ObjectionView> os = objections.selectList(new LambdaQueryWrapper<Objection>()
                        .eq(Objection::getPublicityId, p.getId()).orderByAsc(Objection::getId))
                .stream().map(ObjectionView::of).toList();
        return new PublicityView(p.getId(), p.getBatchId(), p.getStartsOn(), p.getDays(), p.getEndsOn(), p.getPublishedAt(),
                filings.inPublicity(p.getId()).stream().map(filings::view).toList(), os);
    }

}
