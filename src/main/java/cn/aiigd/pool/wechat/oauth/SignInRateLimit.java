package cn.aiigd.pool.wechat.oauth;

import cn.aiigd.pool.common.redis.RedisKeys;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Starting a sign-in stores a state in Redis and costs nothing to ask for, so one address could
 * fill Redis with states. A person opens a page a few times a minute at most; more than
 * {@code pool.oauth.max-per-minute} starts from one address within a minute are refused. Counted
 * across all nodes (Redis), per fixed minute.
 */
@Component
class SignInRateLimit {

    private static final Logger log = LoggerFactory.getLogger(SignInRateLimit.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final int perMinute;

    SignInRateLimit(StringRedisTemplate redis, RedisKeys keys, @Value("${pool.oauth.max-per-minute:30}") int perMinute) {
        this.redis = redis;
        this.keys = keys;
        this.perMinute = perMinute;
    }

    /** True when this address may start another sign-in now. */
    boolean allow(String address) {
        long minute = System.currentTimeMillis() / 60_000;
        String key = keys.key("oauth", "starts", address, Long.toString(minute));
        try {
            Long n = redis.opsForValue().increment(key);
            if (n != null && n == 1) {
                redis.expire(key, Duration.ofMinutes(2));
            }
            return n == null || n <= perMinute;
        } catch (DataAccessException e) {
            // Without Redis no state can be stored either; the sign-in fails there with its own message.
            log.warn("Sign-in rate limit unavailable: {}", e.getMessage());
            return true;
        }
    }
}
