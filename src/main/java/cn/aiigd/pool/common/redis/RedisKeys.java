package cn.aiigd.pool.common.redis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every Redis key the service writes goes through here, so one prefix separates deployments sharing
 * a Redis, and test runs from each other.
 */
@Component
public class RedisKeys {

    private final String prefix;

    public RedisKeys(@Value("${pool.redis.key-prefix:pool:}") String prefix) {
        this.prefix = prefix;
    }

    public String key(String... parts) {
        return prefix + String.join(":", parts);
    }

    public String prefix() {
        return prefix;
    }
}
