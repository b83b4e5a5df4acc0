package cn.aiigd.pool.notify.outbox;

import cn.aiigd.pool.filing.FilingAction;
import cn.aiigd.pool.filing.FilingMoved;
import cn.aiigd.pool.supplier.SupplierAction;
import cn.aiigd.pool.supplier.SupplierStatusChanged;
import java.util.List;

/**
 * Which move sends which notice (DESIGN.md's table). Moves the applicant made themselves send a
 * receipt at most; failures send nothing unless the failure-notice setting is on.
 */
final class NoticeRules {

    private NoticeRules() {
    }

    static List<String> forSupplier(SupplierStatusChanged e) {
        SupplierAction a = e.action();
        if (a == SupplierAction.SUBMIT) {
            return List.of("supplier-submitted");
        }
        if (a == SupplierAction.APPROVE || a == SupplierAction.RETURN || a == SupplierAction.REJECT) {
            return List.of("supplier-reviewed");
        }
        return List.of();
    }

    static List<String> forFiling(FilingMoved e) {
        if (!e.notifyApplicant()) {
            return List.of();
        }
        FilingAction a = e.action();
        return switch (a) {
            case SUBMIT -> List.of("filing-submitted");
            case INVITE_DEFENSE -> List.of("defense-invited");
            case SELECT_ONSITE -> List.of("onsite-selected");
            case OPEN_PUBLICITY, PUBLISH -> List.of("filing-result");
            case CREATE, WITHDRAW, CONFIRM_DEFENSE, REQUEST_RESCHEDULE -> List.of();
            default -> List.of("filing-status");
        };
    }
}
