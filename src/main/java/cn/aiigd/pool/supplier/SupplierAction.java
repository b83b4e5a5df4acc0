package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.ActorType;
import static cn.aiigd.pool.supplier.SupplierStatus.APPROVED;
import static cn.aiigd.pool.supplier.SupplierStatus.DRAFT;
import static cn.aiigd.pool.supplier.SupplierStatus.PENDING_REVIEW;
import static cn.aiigd.pool.supplier.SupplierStatus.REJECTED;
import static cn.aiigd.pool.supplier.SupplierStatus.RETURNED;
import static cn.aiigd.pool.supplier.SupplierStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The supplier transition table: the single source of truth for which move takes which states to
 * which, who makes it, and whether it needs a reason. Nothing else changes a supplier's status.
 * An empty {@code from} set means the move creates the record.
 */
public enum SupplierAction {
    CREATE("创建草稿", ActorType.APPLICANT, EnumSet.noneOf(SupplierStatus.class), DRAFT, false),
    IMPORT_LEGACY("导入往期注册", ActorType.STAFF, EnumSet.noneOf(SupplierStatus.class), DRAFT, false),
    SUBMIT("提交审核", ActorType.APPLICANT, EnumSet.of(DRAFT, RETURNED), PENDING_REVIEW, false),
    APPROVE("审核通过", ActorType.STAFF, EnumSet.of(PENDING_REVIEW), APPROVED, false),
    RETURN("退回修改", ActorType.STAFF, EnumSet.of(PENDING_REVIEW), RETURNED, true),
    REJECT("审核不通过", ActorType.STAFF, EnumSet.of(PENDING_REVIEW), REJECTED, true),
    WITHDRAW("撤回申请", ActorType.APPLICANT, EnumSet.of(DRAFT, PENDING_REVIEW, RETURNED, APPROVED), WITHDRAWN, false),
    /** A withdrawn or rejected company may try again later (e.g. in the next batch) under the same credit code. */
    REOPEN("重新填报", ActorType.APPLICANT, EnumSet.of(WITHDRAWN, REJECTED), DRAFT, false),
    /** An approved change request (变更请示) of a pool member: the record changes, the history keeps the old value. */
    APPLY_CHANGE("变更请示获批", ActorType.STAFF, EnumSet.of(APPROVED), APPROVED, true);

    private final String label;
    private final ActorType actor;
    private final Set<SupplierStatus> from;
    private final SupplierStatus to;
    private final boolean reasonRequired;

    SupplierAction(String label, ActorType actor, Set<SupplierStatus> from, SupplierStatus to, boolean reasonRequired) {
        this.label = label;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    public String label() {
        return label;
    }

    public ActorType actor() {
        return actor;
    }

    public boolean allowedFrom(SupplierStatus status) {
        return from.contains(status);
    }

    public boolean creates() {
        return from.isEmpty();
    }

    public SupplierStatus to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
