package cn.aiigd.pool.wechat.portal;

import java.time.Duration;
import java.util.Optional;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Each message or event handled once across all nodes. WeChat retries an unanswered message
 * three times within 15 s; the first node to claim its key handles it and stores the reply, so a
 * retry gets that same reply (or an empty success while the first is still at work).
 */
@Component
class InboundDedup {

    private static final Logger log = LoggerFactory.getLogger(InboundDedup.class);
    static final String PENDING = "\u0000pending";
    static final String DEFERRED = "\u0000deferred";
    private static final Duration KEEP = Duration.ofMinutes(5);

    /** WeChat retries for 15 s; after Redis fails, claims are doubted for longer than that. */
    private static final Duration DOUBT = Duration.ofMinutes(1);
    private volatile long lastFailure = System.nanoTime() - DOUBT.toNanos() - 1;
    private final StringRedisTemplate redis;
    private final String prefix;

    InboundDedup(StringRedisTemplate redis, @Value("${pool.redis.key-prefix:pool:}") String prefix) {
        this.redis = redis;
        this.prefix = prefix + "wx:inbound:";
    }

    /** Keyed as WxJava's router keys its (in-memory, single-node) checker. */
    static String keyOf(WxMpXmlMessage m) {
        if (m.getMsgId() != null) {
            return "m:" + m.getMsgId();
        }
        // Hashed: an event key can be a long URL, and the key must not carry the openid into logs.
        return "e:" + cn.aiigd.pool.common.crypto.Digests.sha256Hex(m.getFromUser() + "|" + m.getCreateTime() + "|" + m.getEvent() + "|" + m.getEventKey());
    }


    /**
     * The outcome of claiming a message: handle it, or answer a retry. {@code decided} is false when
     * Redis was away and the claim could not be made: the database row must decide instead.
     */
    record Claim(boolean first, Optional<String> storedReply, boolean decided) {
    }

    Claim claim(String key) {
        try {
            Boolean won = redis.opsForValue().setIfAbsent(prefix + key, PENDING, KEEP);
            if (Boolean.TRUE.equals(won)) {
                // Shortly after Redis was away, a retry's first copy may have been handled without
                // it: the database row still has to decide for a while.
                return new Claim(true, Optional.empty(), System.nanoTime() - lastFailure > DOUBT.toNanos());
            }
            String stored = redis.opsForValue().get(prefix + key);
            return new Claim(false, stored == null || stored.startsWith("\u0000") ? Optional.empty() : Optional.of(stored), true);
        } catch (DataAccessException e) {
            // Without Redis a retry could be handled twice; without an answer the follower gets
            // nothing at all. The portal answers within the deadline, so WeChat rarely retries.
            lastFailure = System.nanoTime();
            log.warn("Inbound dedup unavailable, handling {} without it: {}", key, e.getMessage());
            return new Claim(true, Optional.empty(), false);
        }
    }

    void complete(String key, String replyXml) {
        store(key, replyXml);
    }

    void deferred(String key) {
        store(key, DEFERRED);
    }

    private void store(String key, String value) {
        try {
            redis.opsForValue().set(prefix + key, value, KEEP);
        } catch (DataAccessException e) {
            log.warn("Could not record the reply to {}: {}", key, e.getMessage());
        }
    }
}
