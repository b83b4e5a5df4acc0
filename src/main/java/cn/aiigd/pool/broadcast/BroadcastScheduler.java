package cn.aiigd.pool.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts scheduled broadcasts when their time comes and retries mass sends WeChat has not accepted
 * yet. Every node runs it: a due broadcast is claimed with SKIP LOCKED and started in the same
 * transaction, so one node starts it; a mass send's try is taken by a conditional update.
 */
@Component
class BroadcastScheduler {

    private static final Logger log = LoggerFactory.getLogger(BroadcastScheduler.class);
    /** How long a mass send waits before another try: WeChat answers 45066 to quicker retries. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final BroadcastMapper broadcasts;
    private final Broadcasts service;
    private final TransactionTemplate tx;
    private final Clock clock;

    BroadcastScheduler(BroadcastMapper broadcasts, Broadcasts service, TransactionTemplate tx, Clock clock) {
        this.broadcasts = broadcasts;
        this.service = service;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pool.broadcast.poll-interval:PT15S}", initialDelayString = "${pool.broadcast.poll-interval:PT15S}")
    void tick() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("Broadcast scheduling failed; the next tick tries again: {}", e.getMessage());
        }
    }

    /** Starts what is due and retries stalled mass sends; returns how many broadcasts it touched. */
    int runOnce() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> started = tx.execute(s -> {
            List<Long> ids = broadcasts.due(now);
            ids.forEach(id -> service.start(broadcasts.selectById(id), now));
            return ids;
        });
        int touched = started == null ? 0 : started.size();
        for (Long id : started == null ? List.<Long>of() : started) {
            service.dispatchMass(id);
        }
        for (Long id : broadcasts.stalledMasses(now.minus(RETRY_AFTER))) {
            service.dispatchMass(id);
            touched++;
        }
        return touched;
    }
}
