package cn.aiigd.pool.wechat.portal;

/**
 * What the account answers a message with: a text, a hand-over to customer service, or nothing
 * (WeChat's "success").
 */
public record Reply(Kind kind, String text) {

    public enum Kind { TEXT, TRANSFER_TO_CUSTOMER_SERVICE, NONE }

    public static Reply text(String text) {
        return new Reply(Kind.TEXT, text);
    }

    public static Reply transfer() {
        return new Reply(Kind.TRANSFER_TO_CUSTOMER_SERVICE, null);
    }

    public static Reply none() {
        return new Reply(Kind.NONE, null);
    }
}
