package cn.aiigd.pool.wechat;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The official account this service answers for ({@code wx.mp.*}). The hosts default to WeChat's
 * own; tests and the sandbox point them at a fake. An empty app id leaves the portal closed (404).
 */
@ConfigurationProperties(prefix = "wx.mp")
public record WxMpProperties(
        String appId,
        String secret,
        String token,
        String aesKey,
        String apiHost,
        String mpHost,
        String openHost,
        Duration maxClockSkew,
        Duration replyDeadline,
        String staffTagId,
        List<String> allowedMenuHosts,
        Boolean acceptPlain) {

    public WxMpProperties {
        apiHost = blankTo(apiHost, "https://api.weixin.qq.com");
        mpHost = blankTo(mpHost, "https://mp.weixin.qq.com");
        openHost = blankTo(openHost, "https://open.weixin.qq.com");
        maxClockSkew = maxClockSkew == null ? Duration.ofSeconds(300) : maxClockSkew;
        replyDeadline = replyDeadline == null ? Duration.ofMillis(4000) : replyDeadline;
        allowedMenuHosts = allowedMenuHosts == null ? List.of() : List.copyOf(allowedMenuHosts);
    }

    /**
     * Whether plain-mode messages are accepted. By default only when no AES key is configured: with
     * a key, the account runs in safe or compatible mode and WeChat always encrypts.
     */
    public boolean acceptsPlain() {
        return acceptPlain != null ? acceptPlain : aesKey == null || aesKey.isBlank();
    }

    public boolean configured() {
        return appId != null && !appId.isBlank() && token != null && !token.isBlank();
    }

    private static String blankTo(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public String toString() {
        // Secret, token and AES key never reach a log.
        return "WxMpProperties[appId=" + appId + ", apiHost=" + apiHost + "]";
    }
}
