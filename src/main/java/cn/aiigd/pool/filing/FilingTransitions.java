package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.settings.AppSettings;
import cn.aiigd.pool.filing.FilingMappers.FilingHistoryMapper;
import cn.aiigd.pool.filing.FilingMappers.FilingMapper;
import cn.aiigd.pool.review.ReviewDirectory;
import cn.aiigd.pool.supplier.SupplierDirectory;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies {@link FilingAction}s: checks the move against the table, saves the filing (with whatever
 * the caller set on it) under the optimistic lock, appends the history and publishes the event —
 * all in the caller's transaction.
 */
@Component
public class FilingTransitions {

    static final int MAX_REASON_LENGTH = 500;

    private final FilingMapper filings;
    private final FilingHistoryMapper history;
    private final SupplierDirectory suppliers;
    private final ReviewDirectory review;
    private final AppSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FilingTransitions(FilingMapper filings, FilingHistoryMapper history, SupplierDirectory suppliers,
                      ReviewDirectory review, AppSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.filings = filings;
        this.history = history;
        this.suppliers = suppliers;
        this.review = review;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void created(Filing f, Actor actor) {
        record(f, FilingAction.CREATE, null, actor, null);
    }

    /** Moves the filing, or refuses with 409 (state) / 400 (reason) and changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(Filing f, FilingAction action, Actor actor, String reason) {
        if (action.creates() || action.actor() != actor.type()) {
            throw new IllegalArgumentException(action + " is not a move for " + actor.type());
        }
        FilingStatus from = f.getStatus();
        if (!action.allowedFrom(from)) {
            throw ApiException.conflict("申报“" + f.getProductName() + "”当前状态为“" + from.label() + "”，不能“" + action.label() + "”");
        }
        String clean = reason == null || reason.isBlank() ? null : reason.trim();
        if (action.reasonRequired() && clean == null) {
            throw ApiException.invalid("reason", "请填写“" + action.label() + "”的理由");
        }
        if (clean != null && clean.length() > MAX_REASON_LENGTH) {
            throw ApiException.invalid("reason", "理由不超过 " + MAX_REASON_LENGTH + " 字");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        f.setStatus(action.to());
        f.setLastReason(clean);
        f.setUpdatedAt(now);
        if (action == FilingAction.SUBMIT) {
            f.setSubmittedAt(now);
        }
        if (filings.updateById(f) == 0) {
            throw ApiException.conflict("申报“" + f.getProductName() + "”已被他人处理或修改，请刷新后重试");
        }
        record(f, action, from, actor, clean);
    }

    private void record(Filing f, FilingAction action, FilingStatus from, Actor actor, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        FilingHistoryEntry h = new FilingHistoryEntry();
        h.setFilingId(f.getId());
        h.setAction(action);
        h.setFromStatus(from);
        h.setToStatus(action.to());
        h.setActorType(actor.type());
        h.setActor(actor.name());
        h.setReason(reason);
        h.setAt(now);
        history.insert(h);

        var supplier = suppliers.summary(f.getSupplierId());
        boolean failure = action.to().isFailure();
        FilingMoved.Defense defense = review.session(f.getDefenseSessionId())
                .map(s -> new FilingMoved.Defense(s.id(), s.day(), f.getDefenseSlotStart(), f.getDefenseSlotEnd(),
                        f.getDefenseOrder() == null ? 0 : f.getDefenseOrder(), s.venue(), s.address()))
                .orElse(null);
        events.publishEvent(new FilingMoved(h.getId(), f.getId(), f.getSupplierId(), supplier.companyName(), f.getBatchId(),
                f.getCategoryCode(), f.getProductName(), action, from, action.to(), reason, failure,
                !failure || settings.notifyFailures(), supplier.contactName(), supplier.contactMobile(),
                supplier.contactEmail(), supplier.boundOpenids(), defense,
                review.publicity(f.getPublicityId()).map(ReviewDirectory.PublicityInfo::endsOn).orElse(null),
                actor.type(), actor.name(), now));
    }
}
