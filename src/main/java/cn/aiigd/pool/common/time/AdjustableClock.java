package cn.aiigd.pool.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the service, in Beijing time. It runs with the system clock unless pinned: by
 * {@code pool.clock.fixed} at start-up, or later by tests and the sandbox, which need to move "today"
 * without restarting. Everything reads time through this bean so a pin is seen everywhere at once.
 */
public class AdjustableClock extends Clock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> pinned = new AtomicReference<>();
    private final Clock system = Clock.system(BEIJING);

    public void pin(Instant instant) {
        pinned.set(instant);
    }

    public void release() {
        pinned.set(null);
    }

    public boolean isPinned() {
        return pinned.get() != null;
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant p = pinned.get();
        return p != null ? p : system.instant();
    }
}
