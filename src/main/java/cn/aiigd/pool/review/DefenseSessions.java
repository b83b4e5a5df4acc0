package cn.aiigd.pool.review;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.filing.Batches;
import cn.aiigd.pool.filing.Filing;
import cn.aiigd.pool.filing.FilingAction;
import cn.aiigd.pool.filing.FilingStatus;
import cn.aiigd.pool.filing.FilingView;
import cn.aiigd.pool.filing.FilingWorkflow;
import cn.aiigd.pool.review.ReviewMappers.DefenseSessionMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 集中答辩: sessions, invitations (assigning a filing an order and a time slot), the applicants'
 * answers, and the results staff record after the session.
 */
@Service
public class DefenseSessions {

    static final int MAX_CAPACITY = 200;

    private final DefenseSessionMapper sessions;
    private final FilingWorkflow filings;
    private final Batches batches;
    private final OnsiteDraws onsite;
    private final Clock clock;

    DefenseSessions(DefenseSessionMapper sessions, FilingWorkflow filings, Batches batches, OnsiteDraws onsite, Clock clock) {
        this.onsite = onsite;
        this.sessions = sessions;
        this.filings = filings;
        this.batches = batches;
        this.clock = clock;
    }

    /** A new session as staff describe it. */
    public record NewSession(Long batchId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String venue,
                             String address, Integer capacity) {
    }

    /** One invitation: which filing, in which order, in which slot. */
    public record Assignment(Long filingId, Integer order, LocalTime slotStart, LocalTime slotEnd) {
    }

    /** A filing invited to a session, with the applicant's answer and the result. */
    public record Invitee(long filingId, String companyName, String productName, String category, FilingStatus status,
                          Integer order, LocalTime slotStart, LocalTime slotEnd, String response,
                          String responseReason, String outcome) {
    }

    /** A session with its invitees. */
    public record SessionView(long id, long batchId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String venue,
                              String address, int capacity, int assigned, List<Invitee> invitees) {
    }

    /** The result of a defense. */
    public enum Outcome { PASSED, FAILED, NO_SHOW }

    @Transactional
    public SessionView create(Actor staff, NewSession n) {
        List<FieldProblem> p = new ArrayList<>();
        if (n.batchId() == null || batches.all().stream().noneMatch(b -> b.id().equals(n.batchId()))) {
            p.add(new FieldProblem("batchId", "请选择批次"));
        }
        if (n.day() == null || n.day().isBefore(LocalDate.now(clock))) {
            p.add(new FieldProblem("day", "答辩日期不能早于今天"));
        }
        if (n.startsAt() == null || n.endsAt() == null || !n.endsAt().isAfter(n.startsAt())) {
            p.add(new FieldProblem("endsAt", "结束时间应晚于开始时间"));
        }
        if (n.venue() == null || n.venue().isBlank() || n.venue().length() > 100) {
            p.add(new FieldProblem("venue", "请填写答辩会场（不超过 100 字）"));
        }
        if (n.address() == null || n.address().isBlank() || n.address().length() > 200) {
            p.add(new FieldProblem("address", "请填写会场地址（不超过 200 字）"));
        }
        if (n.capacity() == null || n.capacity() < 1 || n.capacity() > MAX_CAPACITY) {
            p.add(new FieldProblem("capacity", "容量应为 1–" + MAX_CAPACITY));
        }
        if (!p.isEmpty()) {
            throw ApiException.invalid(p);
        }
        DefenseSession s = new DefenseSession();
        s.setBatchId(n.batchId());
        s.setDay(n.day());
        s.setStartsAt(n.startsAt());
        s.setEndsAt(n.endsAt());
        s.setVenue(n.venue().trim());
        s.setAddress(n.address().trim());
        s.setCapacity(n.capacity());
        s.setCreatedBy(staff.name());
        s.setCreatedAt(LocalDateTime.now(clock));
        sessions.insert(s);
        return view(s);
    }

    public List<SessionView> list(Long batchId) {
        return sessions.selectList(new LambdaQueryWrapper<DefenseSession>()
                        .eq(batchId != null, DefenseSession::getBatchId, batchId)
                        .orderByAsc(DefenseSession::getDay).orderByAsc(DefenseSession::getStartsAt))
                .stream().map(this::view).toList();
    }

    public SessionView get(long id) {
        return view(require(id));
    }

    /**
     * Invites filings that passed 初步审核 (or moves already invited ones) to this session. All or
     * nothing: an over-full session, a taken order number or a slot outside the session refuses
     * the whole request.
     */
    @Transactional
    public SessionView assign(Actor staff, long sessionId, List<Assignment> assignments) {
        DefenseSession s = sessions.lock(sessionId);
        if (s == null) {
            throw ApiException.notFound("答辩场次不存在");
        }
        if (assignments == null || assignments.isEmpty() || assignments.stream().anyMatch(java.util.Objects::isNull)
                || assignments.stream().anyMatch(a -> a.filingId() == null)) {
            throw ApiException.invalid("assignments", "请选择要安排的申报，每项须有申报编号");
        }
        // Serialised with the batch's draw (which takes the same lock first): no invitation slips past it.
        filings.lockBatch(s.getBatchId());
        if (onsite.candidatesOf(s.getBatchId()).isPresent()) {
            throw ApiException.conflict("本批次已随机抽取现场考察，不能再安排答辩");
        }
        List<Filing> present = occupying(s.getId());
        Set<Long> presentIds = new HashSet<>(present.stream().map(Filing::getId).toList());
        long newcomers = assignments.stream().filter(a -> a.filingId() != null && !presentIds.contains(a.filingId())).count();
        if (present.size() + newcomers > s.getCapacity()) {
            throw ApiException.conflict("该场次可容纳 " + s.getCapacity() + " 个申报，已安排 " + present.size()
                    + " 个，无法再安排 " + newcomers + " 个");
        }
        Set<Integer> orders = new HashSet<>();
        for (Filing f : present) {
            if (assignments.stream().noneMatch(a -> f.getId().equals(a.filingId())) && f.getDefenseOrder() != null) {
                orders.add(f.getDefenseOrder());
            }
        }
        List<Filing> targets = filings.loadAll(assignments.stream().map(Assignment::filingId).toList());
        // Free the order numbers being reassigned first, so two filings can swap places.
        filings.releaseDefenseOrders(s.getId(), targets.stream().map(Filing::getId).toList());
        // Rows are taken in id order, so two assignment requests cannot deadlock each other.
        List<Integer> order = java.util.stream.IntStream.range(0, assignments.size()).boxed()
                .sorted(java.util.Comparator.comparing(k -> targets.get(k).getId())).toList();
        for (int i : order) {
            Assignment a = assignments.get(i);
            Filing f = targets.get(i);
            String at = "assignments[" + i + "]";
            if (!f.getBatchId().equals(s.getBatchId())) {
                throw ApiException.invalid(at + ".filingId", "申报“" + f.getProductName() + "”不属于该场次的批次");
            }
            if (a.order() == null || a.order() < 1 || !orders.add(a.order())) {
                throw ApiException.invalid(at + ".order", "答辩顺序号应为正整数且在本场次内不重复");
            }
            if (a.slotStart() == null || a.slotEnd() == null || !a.slotEnd().isAfter(a.slotStart())
                    || a.slotStart().isBefore(s.getStartsAt()) || a.slotEnd().isAfter(s.getEndsAt())) {
                throw ApiException.invalid(at + ".slotStart", "答辩时段应在场次时间 " + s.getStartsAt() + "–" + s.getEndsAt() + " 之内");
            }
            f.setDefenseSessionId(s.getId());
            f.setDefenseOrder(a.order());
            f.setDefenseSlotStart(a.slotStart());
            f.setDefenseSlotEnd(a.slotEnd());
            f.setDefenseResponse(null);
            f.setDefenseResponseReason(null);
            f.setDefenseOutcome(null);
            filings.move(f, FilingAction.INVITE_DEFENSE, staff, null);
        }
        return view(s);
    }

    /** Records how a filing's defense went; only on or after the session's day. */
    @Transactional
    public FilingView recordOutcome(Actor staff, long filingId, Outcome outcome, String reason) {
        Filing f = filings.load(filingId);
        if (outcome == null) {
            throw ApiException.invalid("outcome", "请选择答辩结果：PASSED、FAILED 或 NO_SHOW");
        }
        DefenseSession s = f.getDefenseSessionId() == null ? null : sessions.selectById(f.getDefenseSessionId());
        if (s == null) {
            throw ApiException.conflict("申报“" + f.getProductName() + "”尚未安排答辩");
        }
        if (LocalDateTime.now(clock).isBefore(s.getDay().atTime(s.getStartsAt()))) {
            throw ApiException.conflict("答辩安排在 " + s.getDay() + " " + s.getStartsAt() + "，答辩开始后方可录入结果");
        }
        if ("RESCHEDULE_REQUESTED".equals(f.getDefenseResponse())) {
            throw ApiException.conflict("企业已申请调整答辩时间（" + f.getDefenseResponseReason() + "），请先重新安排");
        }
        f.setDefenseOutcome(outcome.name());
        FilingAction action = switch (outcome) {
            case PASSED -> FilingAction.DEFENSE_PASS;
            case FAILED -> FilingAction.DEFENSE_FAIL;
            case NO_SHOW -> FilingAction.DEFENSE_NO_SHOW;
        };
        filings.move(f, action, staff, reason);
        return filings.view(f);
    }

    private DefenseSession require(long id) {
        DefenseSession s = sessions.selectById(id);
        if (s == null) {
            throw ApiException.notFound("答辩场次不存在");
        }
        return s;
    }

    /** Filings holding a place in the session: everyone invited and not withdrawn. */
    private List<Filing> occupying(long sessionId) {
        return filings.inSession(sessionId).stream().filter(f -> f.getStatus() != FilingStatus.WITHDRAWN).toList();
    }

    private SessionView view(DefenseSession s) {
        List<Filing> present = occupying(s.getId());
        List<Invitee> invitees = present.stream().map(f -> {
            FilingView v = filings.view(f);
            return new Invitee(f.getId(), v.companyName(), f.getProductName(), f.getCategoryCode(), f.getStatus(),
                    f.getDefenseOrder(), f.getDefenseSlotStart(), f.getDefenseSlotEnd(), f.getDefenseResponse(),
                    f.getDefenseResponseReason(), f.getDefenseOutcome());
        }).toList();
        return new SessionView(s.getId(), s.getBatchId(), s.getDay(), s.getStartsAt(), s.getEndsAt(), s.getVenue(),
                s.getAddress(), s.getCapacity(), present.size(), invitees);
    }
}
