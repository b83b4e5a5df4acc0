package cn.aiigd.pool.sandbox.platform;

/**
 * The sandbox's WeChat: the parts of WeChat's platform this service uses (tokens, template and
 * customer-service messages, menus, QR codes, web sign-in), answered inside the service under
 * {@value #PATH}, so the real WxJava client and the real portal, sign-in and notice code run
 * unchanged. What it "delivers" is stored by the recording channel, where the sandbox page shows it.
 */
public final class FakeWeChat {

    public static final String PATH = "/sandbox/wechat";
    /** Which follower the sandbox page is simulating (their openid); the fake's web sign-in reads it. */
    public static final String FOLLOWER_COOKIE = "POOL_SANDBOX_FOLLOWER";
    /** The recorded "template" of a customer-service text (the chat shows it as a late reply). */
    public static final String KEFU = "kefu";

    private FakeWeChat() {
    }
}
