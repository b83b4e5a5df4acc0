package cn.aiigd.pool.wechat.portal;

import cn.aiigd.pool.common.crypto.Digests;
import cn.aiigd.pool.common.redis.RedisKeys;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * In plain mode WeChat's URL signature does not cover the body, so a signed URL seen once (a proxy
 * log, an http:// server URL) could carry any message until it goes stale. Each signed URL is bound
 * here to the first body it came with; WeChat's retries resend the same body and pass.
 */
@Component
class SignedUrlUses {

    private static final Logger log = LoggerFactory.getLogger(SignedUrlUses.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    SignedUrlUses(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** False when this signed URL already came with a different body. */
    boolean firstBodyFor(String timestamp, String nonce, String signature, byte[] body, Duration keep) {
        String key = keys.key("wx", "sig", Digests.sha256Hex(timestamp + "|" + nonce + "|" + signature));
        String hash = Digests.sha256Hex(body);
        try {
            Boolean fresh = redis.opsForValue().setIfAbsent(key, hash, keep);
            return Boolean.TRUE.equals(fresh) || hash.equals(redis.opsForValue().get(key));
        } catch (DataAccessException e) {
            log.warn("Signed-URL binding unavailable (Redis): {}", e.getMessage());
            return true;
        }
    }

}
