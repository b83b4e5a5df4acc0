package cn.aiigd.pool.filing;

import java.time.LocalDateTime;

/** A call's submission window; both ends inclusive, Beijing time. */
public record Batch(Long id, int year, int seq, String name, LocalDateTime opensAt, LocalDateTime closesAt) {

    public boolean isOpenAt(LocalDateTime now) {
        return !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }
}
