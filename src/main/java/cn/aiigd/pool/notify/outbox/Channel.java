package cn.aiigd.pool.notify.outbox;

/** How a notice travels; each channel's recipients are masked its own way wherever they are shown or logged. */
public enum Channel {
    WECHAT, SMS, EMAIL;

    public String masked(String recipient) {
        return switch (this) {
            case SMS -> cn.aiigd.pool.common.pii.Masking.mobile(recipient);
            case EMAIL -> cn.aiigd.pool.common.pii.Masking.email(recipient);
            case WECHAT -> cn.aiigd.pool.common.pii.Masking.openid(recipient);
        };
    }
}
