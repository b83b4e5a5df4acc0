package cn.aiigd.pool.staff.signin;

import cn.aiigd.pool.common.redis.RedisKeys;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords per account, across all nodes (Redis): after {@code pool.staff.max-failed-sign-ins}
 * within the lock period the account is locked for that period, whatever password comes next.
 */
@Component
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final int maxFailures;
    private final Duration lockFor;

    LoginAttempts(StringRedisTemplate redis, RedisKeys keys, @Value("${pool.staff.max-failed-sign-ins:5}") int maxFailures,
                  @Value("${pool.staff.lock-for:PT15M}") Duration lockFor) {
        this.redis = redis;
        this.keys = keys;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    public boolean isLocked(String username) {
        try {
            String n = redis.opsForValue().get(key(username));
            return n != null && Integer.parseInt(n) >= maxFailures;
        } catch (DataAccessException e) {
            log.warn("Sign-in lock-out unavailable (Redis): {}", e.getMessage());
            return false;
        }
    }

    /** Counts a wrong password; returns whether the account is now locked. */
    public boolean failed(String username) {
        try {
            Long n = redis.opsForValue().increment(key(username));
            if (n != null && n == 1) {
                redis.expire(key(username), lockFor);
            }
            if (n != null && n == maxFailures) {
                // The lock runs for the whole period from the last wrong try.
                redis.expire(key(username), lockFor);
            }
            return n != null && n >= maxFailures;
        } catch (DataAccessException e) {
            log.warn("Sign-in lock-out unavailable (Redis): {}", e.getMessage());
            return false;
        }
    }

    public void succeeded(String username) {
        try {
            redis.delete(key(username));
        } catch (DataAccessException e) {
            log.warn("Sign-in lock-out unavailable (Redis): {}", e.getMessage());
        }
    }

    public long lockMinutes() {
        return lockFor.toMinutes();
    }

    private String key(String username) {
        return keys.key("staff", "failed-sign-ins", username == null ? "" : username.toLowerCase(Locale.ROOT));
    }
}
