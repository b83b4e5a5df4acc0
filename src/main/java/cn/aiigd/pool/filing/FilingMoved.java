package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.ActorType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Published inside the transaction of every filing move, carrying what a notice of it needs. The
 * notifications feature writes its outbox rows from this in the same transaction.
 *
 * @param notifyApplicant false for failures unless staff turned failure notices on (通知 三（二）)
 */
public record FilingMoved(
        long historyId,
        long filingId,
        long supplierId,
        String companyName,
        long batchId,
        String categoryCode,
        String productName,
        FilingAction action,
        FilingStatus from,
        FilingStatus to,
        String reason,
        boolean failure,
        boolean notifyApplicant,
        String contactName,
        String contactMobile,
        String contactEmail,
        List<String> boundOpenids,
        Defense defense,
        LocalDate publicityEndsOn,
        ActorType actorType,
        String actor,
        LocalDateTime at) {

    /** The defense slot a filing is invited to, when it has one. */
    public record Defense(long sessionId, LocalDate day, LocalTime slotStart, LocalTime slotEnd, int order,
                          String venue, String address) {
    }
}
