package cn.aiigd.pool.common.time;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

    @Bean
    AdjustableClock clock(@Value("${pool.clock.fixed:}") String fixed) {
        AdjustableClock clock = new AdjustableClock();
        if (!fixed.isBlank()) {
            try {
                clock.pin(OffsetDateTime.parse(fixed.trim()).toInstant());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(
                        "pool.clock.fixed must be ISO-8601 with an offset, e.g. 2021-03-10T10:00:00+08:00, got: " + fixed, e);
            }
            log.warn("The clock is PINNED to {} by pool.clock.fixed: every date rule uses this instant, not real time.",
                    OffsetDateTime.ofInstant(clock.instant(), AdjustableClock.BEIJING));
        }
        return clock;
    }
}
