package cn.aiigd.pool.notify.dispatch;

import cn.aiigd.pool.notify.outbox.Notice;
import cn.aiigd.pool.notify.outbox.NoticeMapper;
import cn.aiigd.pool.notify.outbox.NoticeOutbox;
import cn.aiigd.pool.notify.outbox.NoticeStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes send outcomes to the outbox in group commits. A commit costs a log flush; one per notice
 * made the database, not the platform, the pace of dispatch. Senders hand their outcome over and
 * take the next notice at once; one thread commits whatever has gathered in a single transaction.
 *
 * <p>An outcome that never reaches the database (the node dies, the database is away) is not lost:
 * the notice stays SENDING until its lease runs out and is sent again with the same
 * {@code client_msg_id}, which WeChat drops as a repeat. The queue is bounded, so senders wait when
 * the database falls behind instead of piling up unrecorded outcomes.
 */
final class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);
    private static final int MAX_PER_COMMIT = 128;

    /** One settled attempt, as the outbox will store it. */
    record Settlement(Notice notice, String lease, NoticeStatus status, LocalDateTime next, String outcome, Outcome result,
                      String message, LocalDateTime at) {
    }

    private record Pending(Settlement s, CompletableFuture<Void> done) {
    }

    private final NoticeMapper notices;
    private final NoticeOutbox outbox;
    private final TransactionTemplate tx;
    private final String node;
    private final BlockingQueue<Pending> queue;
    private final Thread writer;
    private volatile boolean stopping;

    OutcomeRecorder(NoticeMapper notices, NoticeOutbox outbox, TransactionTemplate tx, String node, int capacity) {
        this.notices = notices;
        this.outbox = outbox;
        this.tx = tx;
        this.node = node;
        this.queue = new ArrayBlockingQueue<>(Math.max(16, capacity));
        this.writer = new Thread(this::run, "notice-outcomes");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Queues an outcome; the future completes once it is committed (or fails with the commit). */
    CompletableFuture<Void> record(Settlement s) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            queue.put(new Pending(s, done));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.completeExceptionally(e);
        }
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (!stopping || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_PER_COMMIT - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            List<Boolean> kept = tx.execute(status -> {
                List<Boolean> results = new ArrayList<>(batch.size());
                for (Pending p : batch) {
                    results.add(write(p.s()));
                }
                return results;
            });
            for (int i = 0; i < batch.size(); i++) {
                if (kept != null && !kept.get(i)) {
                    log.warn("Notice {} was taken over by another sender while this one sent it", batch.get(i).s().notice().getId());
                }
                batch.get(i).done().complete(null);
            }
        } catch (RuntimeException e) {
            log.warn("Recording {} send outcomes failed; their leases will run out and they go again: {}", batch.size(), e.getMessage());
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    /** Returns false when the lease was lost: another sender owns the notice now and records its own outcome. */
    private boolean write(Settlement s) {
        Notice n = s.notice();
        Outcome o = s.result();
        notices.attempt(n.getId(), s.at(), s.outcome(), o.code(), s.message(), o.platformId(), node);
        int updated = notices.settle(n.getId(), s.lease(), s.status(), s.next(), o.platformId(), o.code(), s.message(), s.at());
        if (updated == 0) {
            return false;
        }
        if (o.kind() == Outcome.Kind.FALLBACK_TO_SMS) {
            outbox.fallBackToSms(n);
        }
        return true;
    }

    /** Commits what is queued, then stops; called after the senders have finished. */
    void stop() throws InterruptedException {
        stopping = true;
        writer.join(TimeUnit.SECONDS.toMillis(15));
    }
}
