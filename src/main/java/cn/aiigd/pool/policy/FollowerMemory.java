package cn.aiigd.pool.policy;

import cn.aiigd.pool.common.redis.RedisKeys;
import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What the assistant keeps about one follower's conversation (the last topic, the questions it
 * just numbered), in Redis for ten minutes so any node can continue it. Memory is a convenience:
 * without a follower id, or with Redis down, there is none, and every message is read on its own.
 */
@Component
class FollowerMemory {

    static final Duration TTL = Duration.ofMinutes(10);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    FollowerMemory(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** What is kept under this kind for the follower, if anything. */
    Optional<String> get(String kind, String uid) {
        if (uid == null || uid.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(redis.opsForValue().get(key(kind, uid))).filter(v -> !v.isEmpty());
        } catch (RuntimeException redisDown) {
            return Optional.empty();
        }
    }

    /** Keeps a value for ten minutes; false when it could not be kept (no follower id, Redis down). */
    boolean put(String kind, String uid, String value) {
        if (uid == null || uid.isBlank()) {
            return false;
        }
        try {
            redis.opsForValue().set(key(kind, uid), value, TTL);
            return true;
        } catch (RuntimeException redisDown) {
            return false;
        }
    }

    /** Forgets what is kept; with Redis down it lives out its ten minutes. */
    void forget(String kind, String uid) {
        if (uid == null || uid.isBlank()) {
            return;
        }
        try {
            redis.delete(key(kind, uid));
        } catch (RuntimeException redisDown) {
            // see the method's comment
        }
    }

    /**
     * An id longer than this (an openid has 28 characters) is kept under its SHA-256, so no one can
     * grow the key, and two long ids that begin alike still keep apart (cutting them made them one).
     */
    static final int MAX_PLAIN_ID = 64;

    private String key(String kind, String uid) {
        return keys.key(kind, uid.length() > MAX_PLAIN_ID ? "sha256-" + cn.aiigd.pool.common.crypto.Digests.sha256Hex(uid) : uid);
    }

}
