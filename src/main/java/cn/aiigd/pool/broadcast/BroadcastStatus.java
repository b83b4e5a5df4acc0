package cn.aiigd.pool.broadcast;

public enum BroadcastStatus {
    DRAFT,
    /** Waiting for its time. */
    SCHEDULED,
    /** A mass send not yet accepted by WeChat (retried until it is, or fails). */
    SENDING,
    /** Accepted: a mass send by WeChat; template and SMS copies written to the outbox, which delivers them. */
    SENT,
    FAILED,
    CANCELLED
}
