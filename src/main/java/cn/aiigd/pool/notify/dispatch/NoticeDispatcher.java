package cn.aiigd.pool.notify.dispatch;

import cn.aiigd.pool.notify.outbox.Channel;
import cn.aiigd.pool.notify.outbox.Notice;
import cn.aiigd.pool.notify.outbox.NoticeMapper;
import cn.aiigd.pool.notify.outbox.NoticeOutbox;
import cn.aiigd.pool.notify.outbox.NoticeStatus;
import cn.aiigd.pool.notify.template.RenderedNotice;
import cn.aiigd.pool.notify.template.Renderer;
import cn.aiigd.pool.notify.template.TemplateCatalog;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the outbox. Every node runs one: it claims a small batch of due rows with SELECT … FOR
 * UPDATE SKIP LOCKED and a lease (other nodes skip them; a node that dies mid-batch loses its lease
 * and the rows come back), sends them with bounded concurrency and per-channel rate limits, and
 * records each attempt. Transient errors retry with exponential backoff and jitter; permanent ones
 * stop and show to staff; a template message to someone who no longer follows falls back to SMS.
 */
@Component
public class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final TypeReference<Map<String, String>> VARS = new TypeReference<>() { };

    private final NoticeMapper notices;
    private final NoticeOutbox outbox;
    private final TransactionTemplate tx;
    private final TemplateCatalog catalog;
    private final Renderer renderer;
    private final WechatTemplateChannel wechat;
    private final SmsChannel sms;
    private final EmailChannel email;
    private final JsonMapper json;
    private final Clock clock;
    private final Settings settings;
    private final ExecutorService senders;
    /**
     * Two per sender: one for the notice it is sending, one for the notice it takes next. Claiming
     * one round ahead means a sender that finishes never waits for a claim transaction; claiming
     * no further keeps a notice's wait under its lease to about one send.
     */
    private final Semaphore permits;
    private final Map<Channel, RateLimiter> limits = new EnumMap<>(Channel.class);
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final OutcomeRecorder outcomes;

    /** How the dispatcher behaves ({@code pool.notify.*}). */
    record Settings(boolean enabled, int batchSize, int concurrency, Duration lease, int maxAttempts, Duration firstBackoff,
                    Duration maxBackoff, LocalTime quietFrom, LocalTime quietUntil) {
    }

    NoticeDispatcher(NoticeMapper notices, NoticeOutbox outbox, TransactionTemplate tx, TemplateCatalog catalog, Renderer renderer,
                     WechatTemplateChannel wechat, SmsChannel sms, EmailChannel email, JsonMapper json, Clock clock,
                     @Value("${pool.notify.dispatch-enabled:true}") boolean enabled,
                     @Value("${pool.notify.batch-size:20}") int batchSize,
                     @Value("${pool.notify.concurrency:8}") int concurrency,
                     @Value("${pool.notify.lease:PT2M}") Duration lease,
                     @Value("${pool.notify.max-attempts:8}") int maxAttempts,
                     @Value("${pool.notify.first-backoff:PT10S}") Duration firstBackoff,
                     @Value("${pool.notify.max-backoff:PT1H}") Duration maxBackoff,
                     @Value("${pool.notify.sms-quiet-from:21:00}") LocalTime quietFrom,
                     @Value("${pool.notify.sms-quiet-until:08:00}") LocalTime quietUntil,
                     @Value("${pool.notify.rate.wechat:50}") double wechatPerSecond,
                     @Value("${pool.notify.rate.sms:20}") double smsPerSecond,
                     @Value("${pool.notify.rate.email:5}") double emailPerSecond) {
        this.notices = notices;
        this.outbox = outbox;
        this.tx = tx;
        this.catalog = catalog;
        this.renderer = renderer;
        this.wechat = wechat;
        this.sms = sms;
        this.email = email;
        this.json = json;
        this.clock = clock;
        this.settings = new Settings(enabled, batchSize, concurrency, lease, maxAttempts, firstBackoff, maxBackoff, quietFrom, quietUntil);
        this.permits = new Semaphore(2 * concurrency);
        this.senders = Executors.newFixedThreadPool(concurrency, new org.springframework.scheduling.concurrent.CustomizableThreadFactory("notice-"));
        this.outcomes = new OutcomeRecorder(notices, outbox, tx, node, 4 * concurrency);
        limits.put(Channel.WECHAT, new RateLimiter(wechatPerSecond));
        limits.put(Channel.SMS, new RateLimiter(smsPerSecond));
        limits.put(Channel.EMAIL, new RateLimiter(emailPerSecond));
    }

    @Scheduled(fixedDelayString = "${pool.notify.poll-interval:PT1S}", initialDelayString = "${pool.notify.poll-interval:PT1S}")
    void tick() {
        if (!settings.enabled()) {
            return;
        }
        try {
            while (pump() > 0) {
                // Keep the senders busy while there is due work; the next tick picks up what comes later.
            }
        } catch (RuntimeException e) {
            log.warn("Dispatching notices failed; the next tick tries again: {}", e.getMessage());
        }
    }

    /**
     * Claims as many due notices as the senders can take within about one round (so nothing waits
     * long under a lease behind a busy queue) and hands each to a sender; does not wait for them.
     * Returns how many it claimed; 0 when nothing is due. Blocks while the senders are full.
     */
    public int pump() {
        // Claim in runs of at least half a batch: a claim is a transaction, and one per notice
        // would cost more than the sends it feeds.
        int least = Math.max(1, Math.min(settings.batchSize(), settings.concurrency()) / 2);
        try {
            permits.acquire(least);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        int free = least + permits.drainPermits();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime leaseUntil = now.plus(settings.lease());
        Claim claim;
        try {
            claim = claim(now, leaseUntil, Math.min(free, settings.batchSize()));
        } catch (RuntimeException e) {
            permits.release(free);
            throw e;
        }
        List<Notice> claimed = claim.notices();
        permits.release(free - claimed.size());
        for (Notice n : claimed) {
            senders.execute(() -> {
                try {
                    sendOne(n, claim.token());
                } catch (RuntimeException e) {
                    log.warn("A notice send failed unexpectedly: {}", e.toString());
                } finally {
                    permits.release();
                }
            });
        }
        return claimed.size();
    }

    /** The rows of one claim, and the token that lets only this claim settle them. */
    private record Claim(List<Notice> notices, String token) {
    }

    private Claim claim(LocalDateTime now, LocalDateTime leaseUntil, int limit) {
        String token = java.util.UUID.randomUUID().toString();
        List<Notice> claimed = tx.execute(s -> {
            List<Long> ids = new ArrayList<>(notices.abandoned(now, limit));
            if (ids.size() < limit) {
                ids.addAll(notices.due(now, limit - ids.size()));
            }
            if (!ids.isEmpty()) {
                notices.lease(ids, leaseUntil, token, now);
            }
            return ids.isEmpty() ? List.<Notice>of() : notices.selectByIds(ids);
        });
        return new Claim(claimed == null ? List.of() : claimed, token);
    }

    /** Claims one batch, sends it and waits for all of it (tests and tools); returns how many were claimed. */
    public int dispatchOnce() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime leaseUntil = now.plus(settings.lease());
        Claim claim = claim(now, leaseUntil, settings.batchSize());
        List<Notice> claimed = claim.notices();
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Future<CompletableFuture<Void>>> running = new ArrayList<>();
        for (Notice n : claimed) {
            running.add(senders.submit(() -> sendOne(n, claim.token())));
        }
        for (Future<CompletableFuture<Void>> f : running) {
            try {
                f.get().get();
            } catch (Exception e) {
                log.warn("A notice send failed unexpectedly: {}", e.toString());
            }
        }
        return claimed.size();
    }

    /** Sends one notice and queues its outcome; the returned future completes when that is committed. */
    private CompletableFuture<Void> sendOne(Notice n, String lease) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (n.getChannel() == Channel.SMS && !n.isUrgent() && quiet(now.toLocalTime())) {
            LocalDateTime morning = nextMorning(now);
            tx.executeWithoutResult(s -> notices.postpone(n.getId(), lease, morning, now));
            return CompletableFuture.completedFuture(null);
        }
        Outcome outcome;
        try {
            RenderedNotice r = renderer.render(catalog.require(n.getTemplateKey()), json.readValue(n.getVariables(), VARS));
            limits.get(n.getChannel()).acquire();
            outcome = switch (n.getChannel()) {
                case WECHAT -> wechat.send(n, r);
                case SMS -> sms.send(n, r);
                case EMAIL -> email.send(n, r);
            };
        } catch (RuntimeException e) {
            outcome = new Outcome(Outcome.Kind.RETRY, "ERROR", e.getMessage(), null);
        }
        return settle(n, lease, outcome);
    }

    private CompletableFuture<Void> settle(Notice n, String lease, Outcome o) {
        LocalDateTime now = LocalDateTime.now(clock);
        int attempt = n.getAttempts() + 1;
        NoticeStatus status;
        LocalDateTime next = now;
        String outcome;
        switch (o.kind()) {
            case SENT -> {
                status = NoticeStatus.SENT;
                outcome = "SENT";
            }
            case RETRY, RETRY_TOMORROW, RETRY_NEXT_HOUR -> {
                if (attempt >= settings.maxAttempts()) {
                    status = NoticeStatus.FAILED;
                    outcome = "FAILED";
                } else {
                    status = NoticeStatus.PENDING;
                    next = switch (o.kind()) {
                        case RETRY_TOMORROW -> afterMidnight(now);
                        case RETRY_NEXT_HOUR -> now.plusHours(1).plus(backoff(1));
                        default -> now.plus(backoff(attempt));
                    };
                    outcome = "RETRY";
                }
            }
            case FALLBACK_TO_SMS -> {
                status = NoticeStatus.FAILED;
                outcome = "FALLBACK";
            }
            default -> {
                status = NoticeStatus.FAILED;
                outcome = "FAILED";
            }
        }
        String message = o.message() == null ? null : o.message().length() > 500 ? o.message().substring(0, 500) : o.message();
        if (status == NoticeStatus.FAILED) {
            log.warn("Notice {} ({} to {}) failed: {} {}", n.getId(), n.getChannel(), n.getChannel().masked(n.getRecipient()), o.code(), message);
        }
        return outcomes.record(new OutcomeRecorder.Settlement(n, lease, status, next, outcome, o, message, now));
    }

    /** first × 2^(attempt−1), capped, ±20 % jitter so that a burst of failures does not retry in step. */
    Duration backoff(int attempt) {
        long base = settings.firstBackoff().toMillis() * (1L << Math.min(attempt - 1, 20));
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }

    /**
     * When a daily quota has reset: just after midnight (the clock's zone, Beijing time, is the
     * platforms' too), spread over ten minutes so that a day's backlog does not all go at 00:00:00.
     */
    static LocalDateTime afterMidnight(LocalDateTime now) {
        return now.toLocalDate().plusDays(1).atStartOfDay().plusSeconds(ThreadLocalRandom.current().nextInt(60, 600));
    }

    boolean quiet(LocalTime t) {
        LocalTime from = settings.quietFrom();
        LocalTime until = settings.quietUntil();
        return from.isAfter(until) ? !t.isBefore(from) || t.isBefore(until) : !t.isBefore(from) && t.isBefore(until);
    }

    private LocalDateTime nextMorning(LocalDateTime now) {
        LocalDateTime morning = now.toLocalDate().atTime(settings.quietUntil());
        return morning.isAfter(now) ? morning : morning.plusDays(1);
    }


    /** On shutdown, sends in flight finish and record their outcome before the database goes away. */
    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        senders.shutdown();
        senders.awaitTermination(15, java.util.concurrent.TimeUnit.SECONDS);
        outcomes.stop();
    }
}
