package cn.aiigd.pool.notify.dispatch;

/** What one send attempt came to, classified from the platform's answer. */
record Outcome(Kind kind, String code, String message, String platformId) {

    enum Kind {
        /** Accepted by the platform. */
        SENT,
        /** Busy, throttled, timed out, 5xx: try again later. */
        RETRY,
        /** Will not work without a person acting: shown to staff. */
        FAILED,
        /** The follower no longer follows: the notice's SMS form goes instead. */
        FALLBACK_TO_SMS
    }

    static Outcome sent(String platformId) {
        return new Outcome(Kind.SENT, "OK", null, platformId);
    }
}
