package cn.aiigd.pool.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.aiigd.pool.PoolAssistantApplication;
import cn.aiigd.pool.common.time.AdjustableClock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ClockConfigTest {

    @Test
    void pinnedClockIsBeijingTimeAtTheConfiguredInstant() {
        try (var ctx = new SpringApplicationBuilder(PoolAssistantApplication.class)
                                .profiles("test")
                .run("--pool.clock.fixed=2021-03-10T10:00:00+08:00", "--server.port=0")) {
            AdjustableClock clock = ctx.getBean(AdjustableClock.class);
            assertThat(clock.isPinned()).isTrue();
            assertThat(clock.instant()).isEqualTo(OffsetDateTime.parse("2021-03-10T10:00:00+08:00").toInstant());
            assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2021, 3, 10, 10, 0));
        }
    }

    @Test
    void unpinnedClockRunsInBeijing() {
        AdjustableClock clock = new AdjustableClock();
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(clock.isPinned()).isFalse();
        clock.pin(OffsetDateTime.parse("2021-02-01T00:00:00+08:00").toInstant());
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2021, 2, 1, 0, 0));
        clock.release();
        assertThat(clock.isPinned()).isFalse();
    }

    @Test
    void aMalformedPinStopsStartUpWithTheReason() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PoolAssistantApplication.class)
                                .profiles("test")
                .run("--pool.clock.fixed=2021-03-10 10:00", "--server.port=0").close())
                .hasStackTraceContaining("pool.clock.fixed must be ISO-8601 with an offset");
    }
}
