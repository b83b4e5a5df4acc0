package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.ActorType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Published inside the transaction of every supplier move, carrying what a notice of it needs: the
 * notifications feature writes its outbox rows from this in the same transaction.
 */
public record SupplierStatusChanged(
        long historyId,
        long supplierId,
        String companyName,
        SupplierAction action,
        SupplierStatus from,
        SupplierStatus to,
        String reason,
        String reviewScope,
        LocalDate reviewDueOn,
        String contactName,
        String contactMobile,
        String contactEmail,
        List<String> boundOpenids,
        ActorType actorType,
        String actor,
        LocalDateTime at) {
}
