package cn.aiigd.pool.notify.dispatch;

import java.util.Set;

/** The platforms' error codes, sorted into what to do about them (WECHAT-AND-SMS-FACTS.md). */
final class ErrorClasses {

    /**
     * -1 busy, 45047 too many customer-service messages; WxJava reports an HTTP error status (5xx),
     * a timeout or another I/O failure as -99.
     */
    private static final Set<Integer> WECHAT_TRANSIENT = Set.of(-1, -99, 45047);
    /** The account's daily API quota is used up; it resets at midnight. */
    private static final int WECHAT_DAILY_QUOTA = 45009;
    /** Token errors WxJava already refreshed and retried once: another try may succeed. */
    private static final Set<Integer> WECHAT_TOKEN = Set.of(40001, 40014, 42001);
    /** Not following (any more): the SMS form of the notice goes instead. */
    private static final Set<Integer> WECHAT_UNFOLLOWED = Set.of(43004, 50005);
    private static final Set<String> SMS_TRANSIENT = Set.of("isp.SYSTEM_ERROR", "isv.BUSINESS_LIMIT_CONTROL", "Throttling.User",
            "NETWORK", "ServiceUnavailable", "InternalError");

    private ErrorClasses() {
    }

    static Outcome wechat(int errcode, String message) {
        String code = Integer.toString(errcode);
        if (errcode == WECHAT_DAILY_QUOTA) {
            return new Outcome(Outcome.Kind.RETRY_TOMORROW, code, message, null);
        }
        if (WECHAT_TRANSIENT.contains(errcode) || WECHAT_TOKEN.contains(errcode) || errcode >= 500 && errcode < 600) {
            return new Outcome(Outcome.Kind.RETRY, code, message, null);
        }
        if (WECHAT_UNFOLLOWED.contains(errcode)) {
            return new Outcome(Outcome.Kind.FALLBACK_TO_SMS, code, message, null);
        }
        return new Outcome(Outcome.Kind.FAILED, code, message, null);
    }

    static Outcome sms(String code, String message) {
        if ("isv.BUSINESS_LIMIT_CONTROL".equals(code) && message != null) {
            // Aliyun limits each number per minute, hour and day, and says which in the message
            // ("触发分钟级流控", "触发小时级流控", "触发天级流控"); retrying sooner only burns attempts.
            if (message.contains("天级")) {
                return new Outcome(Outcome.Kind.RETRY_TOMORROW, code, message, null);
            }
            if (message.contains("小时级")) {
                return new Outcome(Outcome.Kind.RETRY_NEXT_HOUR, code, message, null);
            }
        }
        return new Outcome(SMS_TRANSIENT.contains(code) ? Outcome.Kind.RETRY : Outcome.Kind.FAILED, code, message, null);
    }
}
