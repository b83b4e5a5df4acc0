package cn.aiigd.pool.filing;

/** Capability filing (应用产品/服务能力申报) states, with the words an applicant sees. */
public enum FilingStatus {
    DRAFT("草稿", false),
    SUBMITTED("已提交，待初步审核", false),
    RETURNED("已退回修改", false),
    PRELIM_PASSED("初步审核通过，待安排答辩", false),
    PRELIM_FAILED("初步审核未通过", true),
    DEFENSE_INVITED("已邀请答辩", false),
    DEFENSE_CONFIRMED("已确认参加答辩", false),
    DEFENSE_DONE("答辩通过", false),
    DEFENSE_FAILED("答辩未通过", true),
    ONSITE_SELECTED("抽中现场考察", false),
    ONSITE_DONE("现场考察通过", false),
    ONSITE_FAILED("现场考察未通过", true),
    PUBLICITY("公示中", false),
    OBJECTION("公示期有异议，核查中", false),
    PUBLICITY_FAILED("公示异议成立，未通过", true),
    PUBLISHED("已正式发布，入选资源池", false),
    WITHDRAWN("已撤回", true);

    private final String label;
    private final boolean dead;

    FilingStatus(String label, boolean dead) {
        this.label = label;
        this.dead = dead;
    }

    public String label() {
        return label;
    }

    /** Dead filings no longer count towards "at most two per batch" and free their category. */
    public boolean isDead() {
        return dead;
    }

    public boolean isFailure() {
        return dead && this != WITHDRAWN;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
