package cn.aiigd.pool.wechat.signin;

import cn.aiigd.pool.common.redis.RedisKeys;
import cn.aiigd.pool.common.web.IdempotencyFilter;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Double taps on the applicant's pages store one record: the applicant API honours
 * {@code Idempotency-Key} per signed-in follower. Ordered after Spring Security (-100), so the
 * follower is known by the time the filter runs.
 */
@Configuration(proxyBeanMethods = false)
class ApplicantIdempotency {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> applicantIdempotencyFilter(
            StringRedisTemplate redis, RedisKeys keys, JsonMapper json,
            @Value("${pool.idempotency.ttl:PT10M}") Duration ttl) {
        IdempotencyFilter filter = new IdempotencyFilter(redis, keys, json, ttl, request -> {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getPrincipal() instanceof ApplicantPrincipal p ? p.openid() : null;
        });
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/applicant/*");
        registration.setOrder(0);
        registration.setName("applicantIdempotency");
        return registration;
    }
}
