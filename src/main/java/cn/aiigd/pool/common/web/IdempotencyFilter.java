package cn.aiigd.pool.common.web;

import cn.aiigd.pool.common.crypto.Digests;
import cn.aiigd.pool.common.redis.RedisKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One record for a double submit: a POST carrying an {@code Idempotency-Key} is run once per caller
 * and key, and a repeat within {@code ttl} gets the first response again (marked
 * {@code Idempotent-Replayed: true}). A repeat arriving while the first still runs gets 409; the same
 * key on another path gets 422. Only successful responses are kept: an error changed nothing, so
 * the key is freed and a corrected retry may use it again. Requests without the header, or without
 * a signed-in caller, pass untouched. The state lives in Redis, so every node answers alike.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,128}$");
    /** How long a first request may run before its key is considered abandoned. */
    private static final Duration IN_FLIGHT = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DefaultRedisScript<Long> DELETE_IF_SAME = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final JsonMapper json;
    private final Duration ttl;
    private final Function<HttpServletRequest, String> callerOf;

    /**
     * @param callerOf who is asking (e.g. the signed-in applicant's openid), or null for nobody;
     *                 keys are scoped by it, so one caller's key never replays another's response
     */
    public IdempotencyFilter(StringRedisTemplate redis, RedisKeys keys, JsonMapper json, Duration ttl,
                             Function<HttpServletRequest, String> callerOf) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.ttl = ttl;
        this.callerOf = callerOf;
    }

    /** What Redis holds for a key: in flight (no status yet) or the stored response. */
    record Entry(String token, String fingerprint, int status, String contentType, String location, String body) {
        boolean done() {
            return status > 0;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = callerOf.apply(request);
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).trim();
        if (!KEY.matcher(key).matches()) {
            problem(response, 400, "请求有误", "Idempotency-Key 应为 1–128 个可见 ASCII 字符。");
            return;
        }
        String redisKey = keys.key("idempotency", Digests.sha256Hex(caller + "\n" + key));
        String fingerprint = request.getMethod() + " " + request.getRequestURI();
        String pending = json.writeValueAsString(new Entry(HexFormat.of().formatHex(randomBytes()), fingerprint, 0, null, null, null));
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(redisKey, pending, IN_FLIGHT))) {
            answerRepeat(redisKey, fingerprint, request, response, chain);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, captured);
            int status = captured.getStatus();
            if (status >= 200 && status < 300) {
                Entry done = new Entry(null, fingerprint, status, captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION),
                        Base64.getEncoder().encodeToString(captured.getContentAsByteArray()));
                redis.opsForValue().set(redisKey, json.writeValueAsString(done), ttl);
                stored = true;
            }
        } finally {
            if (!stored) {
                redis.execute(DELETE_IF_SAME, List.of(redisKey), pending);
            }
            captured.copyBodyToResponse();
        }
    }

    private void answerRepeat(String redisKey, String fingerprint, HttpServletRequest request, HttpServletResponse response,
                              FilterChain chain) throws IOException, ServletException {
        String raw = redis.opsForValue().get(redisKey);
        if (raw == null) {
            // The first one failed and freed the key between our two looks: this one is a first try.
            doFilterInternal(request, response, chain);
            return;
        }
        Entry e = json.readValue(raw, Entry.class);
        if (!e.fingerprint().equals(fingerprint)) {
            problem(response, 422, "请求有误", "该 Idempotency-Key 已用于另一个请求，请为每次新的提交生成新的键。");
        } else if (!e.done()) {
            problem(response, 409, "重复提交", "相同的请求正在处理中，请勿重复提交，稍候刷新查看结果。");
        } else {
            response.setStatus(e.status());
            if (e.contentType() != null) {
                response.setContentType(e.contentType());
            }
            if (e.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, e.location());
            }
            response.setHeader(REPLAYED, "true");
            byte[] body = Base64.getDecoder().decode(e.body());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void problem(HttpServletResponse res, int status, String title, String detail) throws IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
