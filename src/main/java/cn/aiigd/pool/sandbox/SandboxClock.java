package cn.aiigd.pool.sandbox;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.time.AdjustableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * "Today" for the sandbox: pinned to a moment of the 2021 call, or running with real time. Moves of
 * the clock and the demo seeding (which walks the clock through 2021) take turns, so a pin never
 * lands in the middle of a seeding.
 */
@Component
@SandboxOnly
class SandboxClock {

    /** A date given without a time means this time of day (Beijing), inside office hours: no SMS waits for the morning. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

    private final AdjustableClock clock;
    private final ReentrantLock turns = new ReentrantLock();

    SandboxClock(AdjustableClock clock) {
        this.clock = clock;
    }

    /** A moment worth jumping to. */
    record Preset(String id, String label, OffsetDateTime at) {
    }

    /** The clock as the page shows it. */
    record State(OffsetDateTime now, boolean pinned, List<Preset> presets) {
    }

    static final List<Preset> PRESETS = List.of(
            new Preset("batch1-open", "批次一申报中 2021-02-10", OffsetDateTime.parse("2021-02-10T10:00:00+08:00")),
            new Preset("batch1-closed", "批次一截止后 2021-03-20", OffsetDateTime.parse("2021-03-20T10:00:00+08:00")));

    State state() {
        return new State(OffsetDateTime.ofInstant(clock.instant(), AdjustableClock.BEIJING), clock.isPinned(), PRESETS);
    }

    /** Pins to an ISO date-time with offset, or a date (at 10:00 Beijing time). */
    State pin(String at) {
        Instant instant = parse(at);
        inTurn(() -> {
            clock.pin(instant);
            return null;
        });
        return state();
    }

    State release() {
        inTurn(() -> {
            clock.release();
            return null;
        });
        return state();
    }

    /**
     * Runs work that moves the clock itself (the seeding) and puts the clock back as it found it:
     * pinned to the same instant, or running.
     */
    <T> T walking(Supplier<T> work) {
        return inTurn(() -> {
            Instant before = clock.isPinned() ? clock.instant() : null;
            try {
                return work.get();
            } finally {
                if (before == null) {
                    clock.release();
                } else {
                    clock.pin(before);
                }
            }
        });
    }

    private <T> T inTurn(Supplier<T> work) {
        turns.lock();
        try {
            return work.get();
        } finally {
            turns.unlock();
        }
    }

    static Instant parse(String at) {
        String s = at == null ? "" : at.strip();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atTime(DEFAULT_TIME).atZone(AdjustableClock.BEIJING).toInstant();
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("at", "请填写日期（如 2021-02-10）或带时区的时间（如 2021-02-10T10:00:00+08:00）");
        }
    }
}
