package cn.aiigd.pool.notify.outbox;

/** Where a notice stands. SENT: the platform accepted it; DELIVERED: its receipt said it arrived. */
public enum NoticeStatus { PENDING, SENDING, SENT, DELIVERED, FAILED }
