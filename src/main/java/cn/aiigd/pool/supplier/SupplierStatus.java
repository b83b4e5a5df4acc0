package cn.aiigd.pool.supplier;

/** Supplier certification (供应商认证) states, with the words an applicant sees. */
public enum SupplierStatus {
    DRAFT("草稿"),
    PENDING_REVIEW("待审核"),
    APPROVED("审核通过"),
    RETURNED("已退回修改"),
    REJECTED("审核不通过"),
    WITHDRAWN("已撤回");

    private final String label;

    SupplierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The applicant may change the record only while it is theirs to fix. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
