package cn.aiigd.pool.sandbox.demo;

import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.notify.outbox.NoticeOutbox;
import cn.aiigd.pool.notify.outbox.NoticeStatus;
import cn.aiigd.pool.sandbox.SandboxOnly;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends every notice that is due before the seeding moves the clock on. Notices are due at the
 * moment they were written, so one written on 2021-04-13 would wait for 2021-04-13 again if the
 * clock went back; and a send still in flight when the clock jumps ahead would look abandoned
 * (its lease judged by the new time) and go out twice. So: dispatch until nothing due is pending
 * and nothing is being sent, whoever sends it (this node's scheduled dispatcher runs too).
 */
@Component
@SandboxOnly
class NoticeDrain {

    private static final Logger log = LoggerFactory.getLogger(NoticeDrain.class);
    private static final long LIMIT_NANOS = 20_000_000_000L;

    private final NoticeDispatcher dispatcher;
    private final NoticeOutbox outbox;
    private final Clock clock;

    NoticeDrain(NoticeDispatcher dispatcher, NoticeOutbox outbox, Clock clock) {
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.clock = clock;
    }

    void settle() {
        long until = System.nanoTime() + LIMIT_NANOS;
        while (System.nanoTime() < until) {
            if (dispatcher.dispatchOnce() > 0) {
                continue;
            }
            if (!busy()) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Sandbox demo: notices still pending after {} s; the dispatcher will send them later", LIMIT_NANOS / 1_000_000_000L);
    }

    /**
     * Rows another sender has claimed but not committed still read as PENDING and due here, so they
     * keep this waiting until they show as SENDING, and then until they are settled.
     */
    private boolean busy() {
        if (!outbox.find(null, null, NoticeStatus.SENDING, 1).isEmpty()) {
            return true;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return outbox.find(null, null, NoticeStatus.PENDING, 500).stream().anyMatch(n -> !n.getNextAttemptAt().isAfter(now));
    }
}
