package cn.aiigd.pool.wechat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.redis.WxRedisOps;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;

/**
 * WxJava's access token shared by all nodes through Redis, with each node keeping a copy for up to
 * 30 seconds. Reading it from Redis on every call (two round trips: its TTL, then its value) was a
 * sixth of a notice sender's time. A copy is never kept past the token's own expiry, and it is safe
 * after another node refreshed: WeChat keeps the previous token valid for 5 minutes (and the stable
 * token endpoint returns the same one while it lasts). A token error on this node drops the copy.
 */
final class NodeCachedTokenConfig extends WxMpRedisConfigImpl {

    private static final long serialVersionUID = 1L;
    private static final long KEEP_NANOS = Duration.ofSeconds(30).toNanos();

    private record Copy(String token, long validUntilNanos) {
    }

    private transient volatile Copy copy;

    NodeCachedTokenConfig(WxRedisOps redisOps, String keyPrefix) {
        super(redisOps, keyPrefix);
    }

    private Copy current() {
        Copy c = copy;
        long now = System.nanoTime();
        if (c != null && now < c.validUntilNanos()) {
            return c;
        }
        Long ttl = getRedisOps().getExpire(getAccessTokenKey());
        String token = getRedisOps().getValue(getAccessTokenKey());
        if (token == null || ttl == null || ttl < 2) {
            copy = null;
            return null;
        }
        c = new Copy(token, now + Math.min(KEEP_NANOS, TimeUnit.SECONDS.toNanos(ttl - 2)));
        copy = c;
        return c;
    }

    @Override
    public String getAccessToken() {
        Copy c = current();
        return c == null ? super.getAccessToken() : c.token();
    }

    @Override
    public boolean isAccessTokenExpired() {
        return current() == null;
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        super.updateAccessToken(accessToken, expiresInSeconds);
        copy = null;
    }

    @Override
    public void expireAccessToken() {
        copy = null;
        super.expireAccessToken();
    }
}
