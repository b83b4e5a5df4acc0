package cn.aiigd.pool.notify.sms;

import java.util.Map;

/**
 * One SMS: the platform's template and parameters, and the text the recipient will read (what the
 * recording channel stores). {@code outId} lets a receipt find its cause.
 */
public record SmsMessage(String mobile, String templateKey, Map<String, String> params, String text, String outId) {

    @Override
    public String toString() {
        // Never the text: it may hold a verification code.
        return "SmsMessage[" + cn.aiigd.pool.common.pii.Masking.mobile(mobile) + ", " + templateKey + "]";
    }
}
