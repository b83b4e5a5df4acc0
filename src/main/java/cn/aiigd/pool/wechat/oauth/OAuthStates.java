package cn.aiigd.pool.wechat.oauth;

import cn.aiigd.pool.common.redis.RedisKeys;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The OAuth {@code state}: random, remembered in Redis with where to return, and usable once
 * (taken with GETDEL), so a replayed or forged callback finds nothing.
 */
@Component
class OAuthStates {

    /** WeChat's code lives 5 minutes; a sign-in that takes longer starts again. */
    static final Duration TTL = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    OAuthStates(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    String issue(String returnTo) {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String state = HexFormat.of().formatHex(b);
        redis.opsForValue().set(keys.key("wx", "oauth", state), returnTo, TTL);
        return state;
    }

    Optional<String> take(String state) {
        if (state == null || !state.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.opsForValue().getAndDelete(keys.key("wx", "oauth", state)));
    }
}
