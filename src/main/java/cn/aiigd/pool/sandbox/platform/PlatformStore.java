package cn.aiigd.pool.sandbox.platform;

import cn.aiigd.pool.common.redis.RedisKeys;
import cn.aiigd.pool.sandbox.SandboxOnly;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What the fake WeChat platform remembers, in Redis like the rest of the service's shared state:
 * the access token, message ids, sent client_msg_ids, the published menus, OAuth codes and QR
 * tickets. Lifetimes are WeChat's (token 2 h, code 5 min).
 */
@Component
@SandboxOnly
class PlatformStore {

    static final Duration TOKEN_TTL = Duration.ofHours(2);
    static final Duration CODE_TTL = Duration.ofMinutes(5);
    /** How long a used code still answers 40163 rather than 40029. */
    static final Duration USED_CODE_TTL = Duration.ofMinutes(10);
    /** WeChat does not publish its client_msg_id window; a day covers every retry this service makes. */
    static final Duration CLIENT_MSG_ID_TTL = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    PlatformStore(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    private String key(String... parts) {
        String[] all = new String[parts.length + 2];
        all[0] = "sandbox";
        all[1] = "wx";
        System.arraycopy(parts, 0, all, 2, parts.length);
        return keys.key(all);
    }

    /** The valid access token, issued now if there is none (stable_token's behaviour: same token while valid). */
    String accessToken() {
        String k = key("token");
        String token = "SANDBOX_" + random(24);
        Boolean fresh = redis.opsForValue().setIfAbsent(k, token, TOKEN_TTL);
        return Boolean.TRUE.equals(fresh) ? token : redis.opsForValue().get(k);
    }

    /** A new token that voids the previous one (/cgi-bin/token, or stable_token with force_refresh). */
    String newAccessToken() {
        String token = "SANDBOX_" + random(24);
        redis.opsForValue().set(key("token"), token, TOKEN_TTL);
        return token;
    }

    long tokenExpiresIn() {
        Long ttl = redis.getExpire(key("token"));
        return ttl == null || ttl < 0 ? TOKEN_TTL.toSeconds() : ttl;
    }

    boolean validToken(String token) {
        return token != null && token.equals(redis.opsForValue().get(key("token")));
    }

    long nextMsgId() {
        Long id = redis.opsForValue().increment(key("msgid"));
        // WeChat's msgids are large numbers; start where they look like one.
        return 2_000_000_000L + (id == null ? 0 : id);
    }

    /**
     * The msgid of a template message already sent with this client_msg_id to this user, or empty
     * after remembering {@code msgId} for it (the first send).
     */
    Optional<Long> firstSendOf(String touser, String clientMsgId, long msgId) {
        String k = key("cmid", touser + "|" + clientMsgId);
        Boolean first = redis.opsForValue().setIfAbsent(k, Long.toString(msgId), CLIENT_MSG_ID_TTL);
        return Boolean.TRUE.equals(first) ? Optional.empty() : Optional.ofNullable(redis.opsForValue().get(k)).map(Long::valueOf);
    }

    void saveMenu(String json) {
        redis.opsForValue().set(key("menu"), json);
    }

    Optional<String> menu() {
        return Optional.ofNullable(redis.opsForValue().get(key("menu")));
    }

    void deleteMenus() {
        redis.delete(key("menu"));
        redis.delete(key("menu", "conditional"));
    }

    String addConditionalMenu(String json) {
        String id = Long.toString(400_000_000L + nextMsgId() % 100_000_000L);
        redis.opsForHash().put(key("menu", "conditional"), id, json);
        return id;
    }

    boolean deleteConditionalMenu(String menuId) {
        Long n = redis.opsForHash().delete(key("menu", "conditional"), menuId);
        return n != null && n > 0;
    }

    Map<Object, Object> conditionalMenus() {
        return redis.opsForHash().entries(key("menu", "conditional"));
    }

    String issueCode(String openid) {
        String code = random(16);
        redis.opsForValue().set(key("code", code), openid, CODE_TTL);
        return code;
    }

    /** The code's openid, once; a second exchange finds it used. */
    CodeExchange exchange(String code) {
        if (code == null || !code.matches("[0-9a-f]{32}")) {
            return new CodeExchange(null, false);
        }
        String openid = redis.opsForValue().getAndDelete(key("code", code));
        if (openid != null) {
            redis.opsForValue().set(key("code-used", code), "1", USED_CODE_TTL);
            return new CodeExchange(openid, false);
        }
        return new CodeExchange(null, Boolean.TRUE.equals(redis.hasKey(key("code-used", code))));
    }

    /** The outcome of exchanging an OAuth code: its openid, or none and whether it had been used. */
    record CodeExchange(String openid, boolean used) {
    }

    String issueQrTicket(String scene, Duration ttl) {
        String ticket = "SANDBOXQR" + random(16);
        redis.opsForValue().set(key("qr", ticket), scene, ttl);
        return ticket;
    }

    Optional<String> qrScene(String ticket) {
        return ticket == null ? Optional.empty() : Optional.ofNullable(redis.opsForValue().get(key("qr", ticket)));
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
