package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.redis.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The rules of a binding code, kept in Redis so every node applies them: six digits, valid five
 * minutes, five wrong tries void it; per mobile at most one send a minute, five an hour and ten a
 * day (the SMS platform's own limits for verification codes, enforced here first).
 */
@Component
class BindingCodes {

    static final Duration VALID = Duration.ofMinutes(5);
    static final int MAX_WRONG = 5;
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int PER_HOUR = 5;
    static final int PER_DAY = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;

    BindingCodes(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    /** Reserves a send to this mobile under the limits, or refuses with 429 and when to try again. */
    void reserveSend(String mobile) {
        String m = digest(normalized(mobile));
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(keys.key("bind", "gap", m), "1", RESEND_AFTER))) {
            Long ttl = redis.getExpire(keys.key("bind", "gap", m));
            throw tooMany("验证码发送过于频繁，请在" + Math.max(1, ttl == null ? 60 : ttl) + "秒后重试。");
        }
        long now = clock.millis();
        String hourKey = keys.key("bind", "hour", m);
        redis.opsForZSet().removeRangeByScore(hourKey, 0, now - Duration.ofHours(1).toMillis());
        Long inHour = redis.opsForZSet().zCard(hourKey);
        String dayKey = keys.key("bind", "day", m, LocalDate.now(clock).toString());
        String day = redis.opsForValue().get(dayKey);
        if (day != null && Integer.parseInt(day) >= PER_DAY) {
            throw tooMany("该手机号今日验证码次数已达上限（" + PER_DAY + "次），请明天再试或致电 020-83256806。");
        }
        if (inHour != null && inHour >= PER_HOUR) {
            throw tooMany("该手机号1小时内验证码次数已达上限（" + PER_HOUR + "次），请稍后再试。");
        }
        redis.opsForZSet().add(hourKey, now + ":" + RANDOM.nextInt(1_000_000), now);
        redis.expire(hourKey, Duration.ofHours(1));
        redis.opsForValue().increment(dayKey);
        redis.expire(dayKey, Duration.ofDays(1));
    }

    /** A new code for this follower and supplier; any earlier one is replaced. */
    String issue(long supplierId, String openid) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String key = codeKey(supplierId, openid);
        redis.delete(key);
        redis.opsForHash().put(key, "hash", digest(code));
        redis.opsForHash().put(key, "tries", "0");
        redis.expire(key, VALID);
        return code;
    }

    /**
     * Counts the try and compares in one step on the Redis server, so parallel guesses cannot all
     * be compared before the fifth voids the code. Returns -1 (no code), -2 (voided), 0 (right) or
     * the number of tries so far.
     */
    private static final org.springframework.data.redis.core.script.RedisScript<Long> CHECK =
            org.springframework.data.redis.core.script.RedisScript.of("""
                    local h = redis.call('HGET', KEYS[1], 'hash')
                    if not h then return -1 end
                    local n = redis.call('HINCRBY', KEYS[1], 'tries', 1)
                    if h == ARGV[1] and n <= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]) return 0 end
                    if n >= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]) return -2 end
                    return n
                    """, Long.class);

    /** Checks a code; every try counts, and the fifth wrong one voids it. */
    void verify(long supplierId, String openid, String code) {
        String given = code != null && code.matches("\\d{6}") ? digest(code) : "-";
        Long r = redis.execute(CHECK, List.of(codeKey(supplierId, openid)), given, Integer.toString(MAX_WRONG));
        long result = r == null ? -1 : r;
        if (result == 0) {
            return;
        }
        if (result == -1) {
            throw ApiException.invalid("code", "验证码已失效，请重新获取。");
        }
        if (result == -2) {
            throw ApiException.invalid("code", "验证码错误次数过多，已失效，请重新获取。");
        }
        throw ApiException.invalid("code", "验证码错误，还可尝试" + (MAX_WRONG - result) + "次。");
    }

    /** Per follower: at most 5 code requests an hour and 20 tries an hour, whatever the supplier. */
    void reserveFollowerAction(String openid, String action, int perHour) {
        String key = keys.key("bind", "by", action, digest(openid));
        Long n = redis.opsForValue().increment(key);
        if (n != null && n == 1) {
            redis.expire(key, Duration.ofHours(1));
        }
        if (n != null && n > perHour) {
            throw tooMany("操作过于频繁，请1小时后再试。");
        }
    }

    /** Lets the next send go at once when the last one never reached the phone. */
    void releaseGap(String mobile) {
        redis.delete(keys.key("bind", "gap", digest(normalized(mobile))));
    }

    /** +86 13800000000, 8613800000000 and 13800000000 are one phone. */
    static String normalized(String mobile) {
        String digits = mobile.replaceAll("\\D", "");
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }

    private String codeKey(long supplierId, String openid) {
        return keys.key("bind", "code", Long.toString(supplierId), digest(openid));
    }

    private static ApiException tooMany(String detail) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "操作过于频繁", detail, List.of());
    }

    /** Mobiles and codes are never stored in Redis as they are. */
    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
