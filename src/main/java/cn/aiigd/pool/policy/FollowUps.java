package cn.aiigd.pool.policy;

import cn.aiigd.pool.common.redis.RedisKeys;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-follower conversation context, kept in Redis for ten minutes so any node can continue it:
 * after "第一批几号截止", the question "那第二批呢" is read as "第二批 + 截止".
 */
@Component
class FollowUps {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final Pattern ELLIPTICAL = Pattern.compile("^(那|那么|还有|另外|那如果|如果是|要是).*|.*(呢|咧|捏)$");
    /** Concepts that replace each other: naming one in a follow-up drops the others of its group. */
    private static final List<Set<String>> SLOTS = List.of(
            Set.of("batch1", "batch2", "next"),
            Set.of("province_out", "hmt"),
            ConceptDictionary.DIRECTIONS,
            ConceptDictionary.CATEGORIES,
            Set.of("deadline", "start"));

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    FollowUps(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    static boolean looksElliptical(String normalized) {
        return normalized.length() <= 12 && ELLIPTICAL.matcher(normalized).matches();
    }

    /** The concepts of the previous question, if the follower asked one in the last ten minutes. */
    Optional<Set<String>> previousConcepts(String uid) {
        if (uid == null || uid.isBlank()) {
            return Optional.empty();
        }
        try {
            String v = redis.opsForValue().get(key(uid));
            return v == null || v.isEmpty() ? Optional.empty() : Optional.of(new LinkedHashSet<>(Arrays.asList(v.split(" "))));
        } catch (RuntimeException redisDown) {
            // Context is a nicety: without Redis the question is answered on its own.
            return Optional.empty();
        }
    }

    void remember(String uid, Set<String> concepts) {
        if (uid == null || uid.isBlank() || concepts.isEmpty()) {
            return;
        }
        try {
            redis.opsForValue().set(key(uid), String.join(" ", concepts), TTL);
        } catch (RuntimeException redisDown) {
            // see previousConcepts
        }
    }

    /** The previous concepts, minus those the follow-up replaces. */
    static Set<String> carryOver(Set<String> previous, Set<String> current) {
        Set<String> kept = new LinkedHashSet<>();
        for (String p : previous) {
            boolean replaced = SLOTS.stream().anyMatch(slot -> slot.contains(p) && current.stream().anyMatch(slot::contains));
            if (!replaced && !ConceptDictionary.isOutOfScope(p)) {
                kept.add(p);
            }
        }
        return kept;
    }

    private String key(String uid) {
        return followerKey(keys, "policy-context", uid);
    }

    /** A follower's Redis key under a prefix; an id longer than any openid is cut, so no one can grow the key. */
    static String followerKey(RedisKeys keys, String prefix, String uid) {
        return keys.key(prefix, uid.length() > 64 ? uid.substring(0, 64) : uid);
    }
}
