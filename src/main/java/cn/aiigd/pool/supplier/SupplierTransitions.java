package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.ActorType;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.time.WorkingDayCalendar;
import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.Mappers.SupplierBindingMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierHistoryMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies {@link SupplierAction}s: checks the move against the table, stamps what the target state
 * carries (review scope and SLA due date for PENDING_REVIEW), saves under the optimistic lock,
 * appends the history and publishes the event — all in the caller's transaction, so a move and its
 * consequences commit or vanish together.
 */
@Component
class SupplierTransitions {

    /** 通知 三（一）2: basic review normally takes no more than 5 working days. */
    static final int REVIEW_WORKING_DAYS = 5;
    static final int MAX_REASON_LENGTH = 500;

    private final SupplierMapper suppliers;
    private final SupplierHistoryMapper history;
    private final SupplierBindingMapper bindings;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierTransitions(SupplierMapper suppliers, SupplierHistoryMapper history, SupplierBindingMapper bindings,
                        WorkingDayCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.suppliers = suppliers;
        this.history = history;
        this.bindings = bindings;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** Records the creation of an already inserted supplier. */
    @Transactional(propagation = Propagation.MANDATORY)
    void created(Supplier s, SupplierAction action, Actor actor, String reason) {
        if (!action.creates() || action.actor() != actor.type()) {
            throw new IllegalArgumentException(action + " does not create a supplier for " + actor.type());
        }
        record(s, action, null, actor, reason, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void move(Supplier s, SupplierAction action, Actor actor, String reason) {
        move(s, action, actor, reason, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void move(Supplier s, SupplierAction action, Actor actor, String reason, String detail) {
        if (action.creates() || action.actor() != actor.type()) {
            throw new IllegalArgumentException(action + " is not a move for " + actor.type());
        }
        SupplierStatus from = s.getStatus();
        if (!action.allowedFrom(from)) {
            throw ApiException.conflict(refusal(action, from));
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.trim();
        if (action.reasonRequired() && cleanReason == null) {
            throw ApiException.invalid("reason", "请填写“" + action.label() + "”的理由，申报企业将据此修改");
        }
        if (cleanReason != null && cleanReason.length() > MAX_REASON_LENGTH) {
            throw ApiException.invalid("reason", "理由不超过 " + MAX_REASON_LENGTH + " 字");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        s.setStatus(action.to());
        s.setLastReason(cleanReason);
        s.setUpdatedAt(now);
        if (action.to() == SupplierStatus.PENDING_REVIEW) {
            s.setReviewScope(reviewScopeOf(s));
            s.setSubmittedAt(now);
            s.setReviewDueOn(calendar.addWorkingDays(now.toLocalDate(), REVIEW_WORKING_DAYS));
            s.setNeedsCompletion(false);
        }
        if (suppliers.updateById(s) == 0) {
            throw ApiException.conflict("该供应商信息已被他人处理或修改，请刷新后重试");
        }
        record(s, action, from, actor, cleanReason, detail);
    }

    /** Guangdong registrants go to their city's department; everyone else to the alliance (通知 三（一）2). */
    static String reviewScopeOf(Supplier s) {
        return Dictionaries.GUANGDONG.equals(s.getRegProvinceCode()) && s.getRegCityCode() != null
                ? s.getRegCityCode()
                : StaffPrincipal.ALLIANCE_SCOPE;
    }

    private void record(Supplier s, SupplierAction action, SupplierStatus from, Actor actor, String reason, String detail) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate dueOn = action.to() == SupplierStatus.PENDING_REVIEW ? s.getReviewDueOn() : null;
        SupplierHistoryEntry h = new SupplierHistoryEntry();
        h.setSupplierId(s.getId());
        h.setAction(action);
        h.setFromStatus(from);
        h.setToStatus(action.to());
        h.setActorType(actor.type());
        h.setActor(actor.name());
        h.setReason(reason);
        h.setDueOn(dueOn);
        h.setDetail(detail);
        h.setAt(now);
        history.insert(h);
        events.publishEvent(new SupplierStatusChanged(h.getId(), s.getId(), s.getCompanyName(), action, from, action.to(), reason,
                s.getReviewScope(), s.getReviewDueOn(), s.getContactName(), s.getContactMobile(), s.getContactEmail(),
                bindings.openids(s.getId()), actor.type(), actor.name(), now));
    }

    private static String refusal(SupplierAction action, SupplierStatus from) {
        if (action == SupplierAction.SUBMIT && from == SupplierStatus.PENDING_REVIEW) {
            return "已提交，正在审核中，请勿重复提交";
        }
        if (action == SupplierAction.SUBMIT && from == SupplierStatus.APPROVED) {
            return "供应商认证已审核通过，无需再次提交";
        }
        return "当前状态为“" + from.label() + "”，不能“" + action.label() + "”";
    }
}
