package cn.aiigd.pool.notify.template;

import java.util.List;
import java.util.Map;

/** One notice as defined in {@code message-templates/<key>.json}, in each channel it has. */
public record NoticeTemplate(String key, String title, String event, WechatForm wechat, SmsForm sms, EmailForm email) {

    /** A WeChat template message: its keywords and the H5 path it opens. */
    public record WechatForm(List<Field> fields, String link) {
    }

    /** One keyword line: WeChat's name and type, a label for people, the value with variables. */
    public record Field(String name, String label, String type, String value) {
    }

    /** An Aliyun SMS: the template's parameters and the text the phone shows. */
    public record SmsForm(Map<String, String> params, String text, Boolean urgent, Boolean fallbackOnly) {
        /** Urgent SMS go out in quiet hours too; absent means not urgent. */
        public boolean isUrgent() {
            return Boolean.TRUE.equals(urgent);
        }

        /** Sent only to replace a template message that could not reach a follower who left. */
        public boolean isFallbackOnly() {
            return Boolean.TRUE.equals(fallbackOnly);
        }
    }

    public record EmailForm(String subject, String body) {
    }
}
