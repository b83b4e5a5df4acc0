package cn.aiigd.pool.wechat.signin;

import cn.aiigd.pool.common.redis.RedisKeys;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

/**
 * Applicant sign-in sessions, shared by every node through Redis. The WeChat OAuth callback (and,
 * until it exists, the local profile's dev sign-in) calls {@link #open}; requests then carry the
 * token as {@code Authorization: Bearer …}. Redis keeps only a hash of the token, so a copy of Redis
 * is not a set of working sessions. Expiry slides with use.
 */
@Service
public class ApplicantSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration ttl;

    public ApplicantSessions(StringRedisTemplate redis, RedisKeys keys,
                             @Value("${pool.applicant.session-ttl:PT2H}") Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.ttl = ttl;
    }

    /** Opens a session for a follower and returns its bearer token. */
    public String open(String openid) {
        if (openid == null || !openid.matches("^[A-Za-z0-9_-]{6,64}$")) {
            throw new IllegalArgumentException("not an openid");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        redis.opsForValue().set(key(token), openid, ttl);
        return token;
    }

    public Optional<ApplicantPrincipal> resolve(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String key = key(token);
        String openid = redis.opsForValue().getAndExpire(key, ttl);
        return Optional.ofNullable(openid).map(ApplicantPrincipal::new);
    }

    public void close(String token) {
        redis.delete(key(token));
    }

    private String key(String token) {
        return keys.key("applicant-session", cn.aiigd.pool.common.crypto.Digests.sha256Hex(token));
    }
}
