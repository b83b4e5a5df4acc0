package cn.aiigd.pool.policy;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.pii.Masking;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
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
 * written every few seconds by an upsert that adds: several nodes add up. A write that fails is
 * kept for the next one; a crash loses at most those seconds' counts, and a flood beyond the limits
 * below is counted in the log, not stored — acceptable for a list staff read, unlike a notification.
 */
@Service
public class UnansweredQuestions {

    private static final Logger log = LoggerFactory.getLogger(UnansweredQuestions.class);

    /** Distinct questions kept between two writes; beyond this a flood of new ones is counted as dropped. */
    static final int MAX_PENDING = 1_000;
    /**
     * Open questions the table holds at most: past this only questions already listed are counted,
     * so an anonymous flood of made-up questions cannot grow it without end.
     */
    static final int MAX_OPEN = 20_000;
    /** Questions asked once, and those dismissed, are forgotten after this. */
    static final int KEEP_DAYS = 90;
    static final int MAX_LIST = 500;

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9xX](?![0-9])");
    /** Digits may be grouped by spaces, dashes or dots (138.1234.5678). */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[ .-]?)?(1[3-9][0-9](?:[ .-]?[0-9]){8})(?![0-9])");
    /** The area code may stand in brackets: (020)83256806, （020）8325 6806 once NFKC has made them ASCII. */
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])\\(?(0[0-9]{2,3})\\)?[ .-]?([0-9]{3,4}[ .-]?[0-9]{4})(?![0-9])");
    /** Anchored at the start of a run of address characters: unanchored, a long run without "@" cost time in its square. */
    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /**
     * What is masked of a question beyond the length kept: enough that a number or address crossing
     * the cut is still recognised whole, and the work stays bounded however long the message.
     */
    private static final int MASKED_MARGIN = 64;

    public enum Status { OPEN, ADDED, DISMISSED }

    /** A question as staff see it. */
    public record View(Long id, String question, Integer timesAsked, String closestTopic, LocalDateTime firstAskedAt,
                       LocalDateTime lastAskedAt, String status, Long entryId, String resolvedBy, LocalDateTime resolvedAt) {
    }

    private record Pending(String question, int times, String topic, LocalDateTime first, LocalDateTime last) {
        Pending again(String closestTopic, LocalDateTime at) {
            return new Pending(question, times + 1, closestTopic != null ? closestTopic : topic, first, at);
        }

        Pending plus(Pending later) {
            return new Pending(question, times + later.times, later.topic != null ? later.topic : topic,
                    first.isBefore(later.first) ? first : later.first, last.isAfter(later.last) ? last : later.last);
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

    /**
     * Counts a question the assistant fell back on. The same question in other punctuation, script or
     * with another phone number in it counts as one: the key is the normalized text with personal
     * data replaced by a placeholder, so it is not a hash of that data either.
     */
    void record(String question, String closestTopic) {
        String keyText = question == null ? "" : normalizer.normalize(masked(question, true));
        if (keyText.isEmpty()) {
            return;
        }
        String key = sha256(keyText);
        LocalDateTime now = LocalDateTime.now(clock);
        if (pending.size() >= MAX_PENDING && !pending.containsKey(key)) {
            dropped.incrementAndGet();
            return;
        }
        // compute() holds the key's bin while it runs, so a count is never lost to a concurrent flush:
        // it lands either in the entry the flush removes or in a new one.
        pending.compute(key, (k, p) -> p == null ? new Pending(masked(question, false), 1, closestTopic, now, now) : p.again(closestTopic, now));
    }

    @Scheduled(fixedDelayString = "${pool.policy.unanswered-flush-interval:PT5S}",
            initialDelayString = "${pool.policy.unanswered-flush-interval:PT5S}")
    public void flush() {
        if (pending.isEmpty()) {
            // Nothing to write: no query every 5 s on every idle node.
            logDropped();
            return;
        }
        boolean full;
        try {
            full = mapper.countOpen() >= MAX_OPEN;
        } catch (RuntimeException e) {
            log.warn("Unanswered questions kept for the next write, the database is away: {}", e.toString());
            return;
        }
        for (String key : pending.keySet()) {
            Pending p = pending.remove(key);
            if (p == null) {
                continue;
            }
            try {
                int written = full ? mapper.addToListed(key, p.times(), p.topic(), p.last())
                        : mapper.upsert(key, p.question(), p.times(), p.topic(), p.first(), p.last());
                if (written == 0) {
                    dropped.addAndGet(p.times());
                }
            } catch (RuntimeException e) {
                // Kept for the next write (merged with any asks counted meanwhile), not thrown away.
                pending.merge(key, p, Pending::plus);
                log.warn("Could not write {} unanswered asks of one question, kept for the next write: {}", p.times(), e.toString());
            }
        }
        logDropped();
    }

    private void logDropped() {
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("{} unanswered asks were not recorded: more than {} distinct questions between two writes, or {} open ones listed",
                    lost, MAX_PENDING, MAX_OPEN);
        }
    }

    /** Questions asked only once and dismissed ones are not kept for ever; every node may run it, it is idempotent. */
    @Scheduled(cron = "${pool.policy.unanswered-purge-cron:0 30 4 * * *}", zone = "Asia/Shanghai")
    public void purge() {
        int n = mapper.purge(LocalDateTime.now(clock).minusDays(KEEP_DAYS));
        if (n > 0) {
            log.info("Forgot {} unanswered questions older than {} days (asked once, or dismissed)", n, KEEP_DAYS);
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

    /**
     * Personal data never reaches the table: ID numbers, mobile numbers (with or without +86, spaces
     * or dashes, in full-width digits too), landlines and e-mail addresses are masked; for the key
     * they are replaced by a placeholder. Names and addresses in free text cannot be told apart
     * from questions and are not masked, which the console says.
     */
    static String masked(String question, boolean forKey) {
        String q = question.strip();
        int reach = KnowledgeBase.MAX_QUESTION_LENGTH + MASKED_MARGIN;
        if (q.length() > reach) {
            // A WeChat message may be 64 KB; only what is kept needs masking.
            q = q.substring(0, Character.isHighSurrogate(q.charAt(reach - 1)) ? reach - 1 : reach);
        }
        q = Normalizer.normalize(q, Normalizer.Form.NFKC);
        q = ID_NUMBER.matcher(q).replaceAll(m -> forKey ? "〔证件号〕" : Masking.idNumber(m.group()));
        q = MOBILE.matcher(q).replaceAll(m -> forKey ? "〔手机〕" : Masking.mobile(m.group(1).replaceAll("[ .-]", "")));
        q = LANDLINE.matcher(q).replaceAll(m -> forKey ? "〔电话〕" : Masking.landline(m.group(1), m.group(2)));
        q = EMAIL.matcher(q).replaceAll(m -> forKey ? "〔邮箱〕" : java.util.regex.Matcher.quoteReplacement(Masking.email(m.group())));
        return q.length() > KnowledgeBase.MAX_QUESTION_LENGTH ? q.substring(0, KnowledgeBase.MAX_QUESTION_LENGTH) : q;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
