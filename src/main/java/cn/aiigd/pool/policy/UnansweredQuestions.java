package cn.aiigd.pool.policy;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.pii.Masking;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions the assistant could not answer, for staff: what applicants ask that the knowledge
 * base misses, how often, and which entry came closest. Staff add such a question to an entry as
 * one more phrasing (the index picks it up within seconds) or dismiss it.
 *
 * <p>Counting must neither slow an answer nor fail it, so questions are counted in memory and
 * written every few seconds by an upsert that adds: several nodes add up, and a crash loses at most
 * those seconds' counts — acceptable for a list staff read, unlike a notification.
 */
@Service
public class UnansweredQuestions {

    private static final Logger log = LoggerFactory.getLogger(UnansweredQuestions.class);

    /** Distinct questions kept between two writes; beyond this a flood of new ones is counted as dropped. */
    static final int MAX_PENDING = 5_000;
    static final int MAX_LIST = 500;
    private static final int MAX_TEXT = 200;

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9xX](?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    public enum Status { OPEN, ADDED, DISMISSED }

    /** A question as staff see it. */
    public record View(Long id, String question, Integer timesAsked, String closestTopic, LocalDateTime firstAskedAt,
                       LocalDateTime lastAskedAt, String status, Long entryId, String resolvedBy, LocalDateTime resolvedAt) {
    }

    private record Pending(String question, int times, String topic, LocalDateTime first, LocalDateTime last) {
        Pending again(String closestTopic, LocalDateTime at) {
            return new Pending(question, times + 1, closestTopic != null ? closestTopic : topic, first, at);
        }
    }

    private final PolicyMappers.UnansweredMapper mapper;
    private final KnowledgeBase knowledgeBase;
    private final TextNormalizer normalizer;
    private final Clock clock;
    private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    UnansweredQuestions(PolicyMappers.UnansweredMapper mapper, KnowledgeBase knowledgeBase, TextNormalizer normalizer, Clock clock) {
        this.mapper = mapper;
        this.knowledgeBase = knowledgeBase;
        this.normalizer = normalizer;
        this.clock = clock;
    }

    /** Counts a question the assistant fell back on; the same question in other punctuation or script counts as one. */
    void record(String question, String closestTopic) {
        String normalized = normalizer.normalize(question);
        if (normalized.isEmpty()) {
            return;
        }
        String key = sha256(normalized);
        LocalDateTime now = LocalDateTime.now(clock);
        if (pending.size() >= MAX_PENDING && !pending.containsKey(key)) {
            dropped.incrementAndGet();
            return;
        }
        // compute() holds the key's bin while it runs, so a count is never lost to a concurrent flush:
        // it lands either in the entry the flush removes or in a new one.
        pending.compute(key, (k, p) -> p == null ? new Pending(masked(question.strip()), 1, closestTopic, now, now) : p.again(closestTopic, now));
    }

    @Scheduled(fixedDelayString = "${pool.policy.unanswered-flush-interval:PT5S}",
            initialDelayString = "${pool.policy.unanswered-flush-interval:PT5S}")
    public void flush() {
        for (String key : pending.keySet()) {
            Pending p = pending.remove(key);
            if (p == null) {
                continue;
            }
            try {
                mapper.upsert(key, p.question(), p.times(), p.topic(), p.first(), p.last());
            } catch (RuntimeException e) {
                log.warn("Could not record {} unanswered asks of one question: {}", p.times(), e.toString());
            }
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("{} unanswered questions were not recorded: more than {} distinct ones between two writes", lost, MAX_PENDING);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }

    public List<View> list(String status, Integer limit) {
        Status s;
        try {
            s = status == null || status.isBlank() ? Status.OPEN : Status.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status", "状态应为 OPEN、ADDED 或 DISMISSED");
        }
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > MAX_LIST) {
            throw ApiException.invalid("limit", "条数应在 1–" + MAX_LIST + " 之间");
        }
        return mapper.list(s.name(), n);
    }

    /** Adds the question to an entry as one more phrasing, and marks it added. */
    @Transactional
    public View addToEntry(long id, Long entryId, String by) {
        if (entryId == null) {
            throw ApiException.invalid("entryId", "请选择要加入的条目");
        }
        View q = requireOpen(id);
        knowledgeBase.addQuestion(entryId, q.question(), by);
        return resolve(id, Status.ADDED, entryId, by);
    }

    @Transactional
    public View dismiss(long id, String by) {
        requireOpen(id);
        return resolve(id, Status.DISMISSED, null, by);
    }

    private View requireOpen(long id) {
        View q = mapper.find(id);
        if (q == null) {
            throw ApiException.notFound("该问题不存在");
        }
        if (!Status.OPEN.name().equals(q.status())) {
            throw ApiException.conflict("该问题已处理（" + q.status() + "）");
        }
        return q;
    }

    private View resolve(long id, Status status, Long entryId, String by) {
        if (mapper.resolve(id, status.name(), entryId, by, LocalDateTime.now(clock)) == 0) {
            throw ApiException.conflict("该问题已被他人处理，请刷新");
        }
        return mapper.find(id);
    }

    /** Personal data never reaches the table: ID numbers, mobile numbers and e-mail addresses are masked. */
    static String masked(String question) {
        String q = ID_NUMBER.matcher(question).replaceAll(m -> m.group().substring(0, 4) + "**********" + m.group().substring(14));
        q = MOBILE.matcher(q).replaceAll(m -> Masking.mobile(m.group()));
        q = EMAIL.matcher(q).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Masking.email(m.group())));
        return q.length() > MAX_TEXT ? q.substring(0, MAX_TEXT) : q;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
