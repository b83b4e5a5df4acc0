package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.pii.Masking;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.supplier.Mappers.SupplierMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Basic review (供应商基本审核) by staff: queues by scope ordered by due date, and the three
 * decisions. Scope is checked before state, so a reviewer learns nothing about another city's cases.
 */
@Service
public class SupplierReviews {

    static final int MAX_PAGE_SIZE = 100;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SupplierReviews.class);

    private final SupplierMapper suppliers;
    private final Mappers.SupplierBindingMapper bindings;
    private final Mappers.SupplierHistoryMapper history;
    private final SupplierRecords records;
    private final SupplierTransitions transitions;
    private final Clock clock;

    SupplierReviews(SupplierMapper suppliers, Mappers.SupplierBindingMapper bindings, Mappers.SupplierHistoryMapper history,
                    SupplierRecords records, SupplierTransitions transitions, Clock clock) {
        this.history = history;
        this.suppliers = suppliers;
        this.bindings = bindings;
        this.records = records;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** One row of a review queue. */
    public record QueueItem(long id, String companyName, String creditCode, String registrationProvince,
                            String registrationCity, SupplierStatus status, String statusLabel, String reviewScope,
                            LocalDateTime submittedAt, LocalDate reviewDueOn, boolean overdue, boolean dueToday,
                            boolean needsCompletion, int version) {
    }

    /** A page of a queue with its headline counts. */
    public record Queue(long total, long overdue, long dueToday, int page, int size, List<QueueItem> items) {
    }

    /**
     * @param city for admins and the alliance: a city code, or ALLIANCE for suppliers registered
     *             outside Guangdong; ignored for city reviewers, who always see their own city.
     */
    public Queue queue(StaffPrincipal staff, SupplierStatus status, String city, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalid("size", "页码从 1 开始，每页 1–" + MAX_PAGE_SIZE + " 条");
        }
        LocalDate today = LocalDate.now(clock);
        LambdaQueryWrapper<Supplier> scope = scoped(staff, city).eq(Supplier::getStatus, status);
        long total = suppliers.selectCount(scope);
        long overdue = status == SupplierStatus.PENDING_REVIEW
                ? suppliers.selectCount(scoped(staff, city).eq(Supplier::getStatus, status).lt(Supplier::getReviewDueOn, today)) : 0;
        long dueToday = status == SupplierStatus.PENDING_REVIEW
                ? suppliers.selectCount(scoped(staff, city).eq(Supplier::getStatus, status).eq(Supplier::getReviewDueOn, today)) : 0;
        List<Supplier> rows = suppliers.selectList(scoped(staff, city).eq(Supplier::getStatus, status)
                .orderByAsc(Supplier::getReviewDueOn).orderByAsc(Supplier::getSubmittedAt).orderByAsc(Supplier::getId)
                .last("LIMIT " + size + " OFFSET " + (long) (page - 1) * size));
        List<QueueItem> items = rows.stream().map(s -> {
            boolean pending = s.getStatus() == SupplierStatus.PENDING_REVIEW && s.getReviewDueOn() != null;
            return new QueueItem(s.getId(), s.getCompanyName(), s.getCreditCode(), s.getRegProvinceCode(),
                    s.getRegCityCode(), s.getStatus(), s.getStatus().label(), s.getReviewScope(), s.getSubmittedAt(),
                    s.getReviewDueOn(), pending && s.getReviewDueOn().isBefore(today),
                    pending && s.getReviewDueOn().isEqual(today), s.isNeedsCompletion(), s.getVersion());
        }).toList();
        return new Queue(total, overdue, dueToday, page, size, items);
    }

    /**
     * Basic-review timeliness in this person's scope: decisions made by their due date (submission +
     * 5 working days) out of all decisions, and the queue's overdue and due-today counts now.
     */
    public record SlaReport(long decided, long decidedOnTime, long pending, long overdue, long dueToday) {
    }

    public SlaReport sla(StaffPrincipal staff) {
        var decisions = history.decisions().stream().filter(d -> staff.canSee(d.regCityCode())).toList();
        long onTime = decisions.stream().filter(d -> d.dueOn() != null && !d.decidedAt().toLocalDate().isAfter(d.dueOn())).count();
        Queue q = queue(staff, SupplierStatus.PENDING_REVIEW, null, 1, 1);
        return new SlaReport(decisions.size(), onTime, q.total(), q.overdue(), q.dueToday());
    }

    /** A supplier as a list or an export shows it. */
    public record Listing(long id, String companyName, String creditCode, String registrationProvince, String registrationCity,
                          SupplierStatus status, LocalDateTime submittedAt, LocalDate reviewDueOn, String lastReason, String contactName,
                          String contactMobile, String contactEmail) {
    }

    /** Every supplier in this person's scope, optionally of one city (or ALLIANCE) and status, oldest first. */
    public List<Listing> all(StaffPrincipal staff, SupplierStatus status, String city) {
        return suppliers.selectList(scoped(staff, city).eq(status != null, Supplier::getStatus, status).orderByAsc(Supplier::getId)).stream()
                .map(s -> new Listing(s.getId(), s.getCompanyName(), s.getCreditCode(), s.getRegProvinceCode(), s.getRegCityCode(),
                        s.getStatus(), s.getSubmittedAt(), s.getReviewDueOn(), s.getLastReason(), s.getContactName(), s.getContactMobile(),
                        s.getContactEmail()))
                .toList();
    }

    public SupplierView get(StaffPrincipal staff, long id) {
        return records.view(requireVisible(staff, id));
    }

    public List<SupplierView.HistoryView> history(StaffPrincipal staff, long id) {
        requireVisible(staff, id);
        return records.history(id).stream().map(SupplierView.HistoryView::of).toList();
    }

    @Transactional
    public SupplierView decide(StaffPrincipal staff, long id, SupplierAction decision, String reason, Integer expectedVersion) {
        if (decision != SupplierAction.APPROVE && decision != SupplierAction.RETURN && decision != SupplierAction.REJECT) {
            throw new IllegalArgumentException("not a review decision: " + decision);
        }
        Supplier s = requireVisible(staff, id);
        if (s.getStatus() == SupplierStatus.PENDING_REVIEW && !staff.canDecide(s.getReviewScope())) {
            throw ApiException.forbidden("该供应商由" + scopeName(s.getReviewScope()) + "审核，您无权审核");
        }
        if (expectedVersion != null && !expectedVersion.equals(s.getVersion())) {
            throw ApiException.conflict("该供应商已被他人处理或修改，请刷新后重试");
        }
        transitions.move(s, decision, Actor.staff(staff.actorName()), reason);
        return records.view(s);
    }

    /**
     * Binds a follower to a supplier after staff verified them by phone — how legacy registrants,
     * imported without any WeChat identity, reach their record until the self-service binding
     * (credit code + SMS code) exists.
     */
    @Transactional
    public List<String> bindFollower(StaffPrincipal staff, long id, String openid) {
        Supplier s = requireVisible(staff, id);
        if (openid == null || !openid.matches("^[A-Za-z0-9_-]{6,64}$")) {
            throw ApiException.invalid("openid", "openid 应为 6–64 位字母、数字、下划线或连字符");
        }
        if (bindings.isBound(id, openid)) {
            throw ApiException.conflict("openid", "该微信用户已绑定此供应商");
        }
        bindings.bind(id, openid, "MEMBER", LocalDateTime.now(clock));
        log.info("{} bound follower {} to supplier {}", staff.username(), Masking.openid(openid), s.getId());
        return bindings.openids(id).stream().map(Masking::openid).toList();
    }

    /** The followers who get this supplier's notices, masked: reviewers need to know there are some, not who. */
    public List<String> boundFollowers(StaffPrincipal staff, long id) {
        requireVisible(staff, id);
        return bindings.openids(id).stream().map(Masking::openid).toList();
    }

    Supplier requireVisible(StaffPrincipal staff, long id) {
        Supplier s = records.require(id);
        if (!staff.canSee(s.getRegCityCode())) {
            throw ApiException.forbidden("该供应商不在您负责的地市范围内");
        }
        return s;
    }

    private static LambdaQueryWrapper<Supplier> scoped(StaffPrincipal staff, String city) {
        LambdaQueryWrapper<Supplier> q = new LambdaQueryWrapper<>();
        if (staff.role() == StaffRole.CITY_REVIEWER) {
            q.eq(Supplier::getRegCityCode, staff.cityCode());
        } else if (StaffPrincipal.ALLIANCE_SCOPE.equals(city)) {
            q.isNotNull(Supplier::getRegProvinceCode).ne(Supplier::getRegProvinceCode, cn.aiigd.pool.dictionary.Dictionaries.GUANGDONG);
        } else if (city != null && !city.isBlank()) {
            q.eq(Supplier::getRegCityCode, city);
        }
        return q;
    }

    private static String scopeName(String scope) {
        return StaffPrincipal.ALLIANCE_SCOPE.equals(scope) ? "广东省工业互联网产业联盟" : "注册所在地工业和信息化主管部门";
    }
}
