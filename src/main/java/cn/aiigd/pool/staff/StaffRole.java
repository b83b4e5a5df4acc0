package cn.aiigd.pool.staff;

/** What a member of staff is for. A city reviewer is always bound to exactly one city. */
public enum StaffRole {
    /** Runs the service: staff accounts, settings; may act anywhere. */
    ADMIN,
    /** The alliance: reviews suppliers registered outside Guangdong and sees every city's queue. */
    ALLIANCE_REVIEWER,
    /** A city's 工业和信息化主管部门: reviews suppliers registered in that city only. */
    CITY_REVIEWER
}
