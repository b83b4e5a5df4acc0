package cn.aiigd.pool.notify.dispatch;

/** What one send attempt came to, classified from the platform's answer. */
record Outcome(Kind kind, String code, String message, String platformId) {

    enum Kind {
        /** Accepted by the platform. */
        SENT,
        /** Busy, throttled, timed out, 5xx: try again later. */
        RETRY,
        /** A daily quota is used up (WeChat 45009, Aliyun's daily flow control): try again after it resets at midnight. */
        RETRY_TOMORROW,
        /** An hourly quota is used up (Aliyun's hourly flow control per number): try again in an hour. */
        RETRY_NEXT_HOUR,
        /** Will not work without a person acting: shown to staff. */
        FAILED,
        /** The follower no longer follows: the notice's SMS form goes instead. */
        FALLBACK_TO_SMS
    }

    static Outcome sent(String platformId) {
        return new Outcome(Kind.SENT, "OK", null, platformId);
    }
}
