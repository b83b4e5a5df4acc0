package cn.aiigd.pool.broadcast;

/** Who a broadcast reaches and how. */
public enum BroadcastKind {
    /** WeChat mass send (群发) to every follower or a tag; a follower gets at most 4 a month. */
    MASS,
    /** Template messages to the followers bound to a selection of suppliers. */
    TEMPLATE,
    /** SMS to the contacts of a selection of suppliers. */
    SMS
}
