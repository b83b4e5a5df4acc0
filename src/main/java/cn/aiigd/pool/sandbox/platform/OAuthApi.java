package cn.aiigd.pool.sandbox.platform;

import cn.aiigd.pool.sandbox.SandboxOnly;
import cn.aiigd.pool.wechat.WxMpProperties;
import cn.aiigd.pool.wechat.conversation.Links;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Web sign-in (snsapi_base) as WeChat does it, for the follower the sandbox page is simulating:
 * {@code connect/oauth2/authorize} sends the browser straight back to the redirect_uri with a
 * one-time code (WeChat asks nothing for snsapi_base either), and {@code sns/oauth2/access_token}
 * turns that code into the openid once (40163 when used, 40029 when unknown).
 *
 * <p>The way back is a page that navigates at once, not an HTTP redirect: an HTTP redirect keeps
 * the authorize URL's {@code #wechat_redirect} (browsers carry a fragment across redirects), and
 * the H5 page would then open with it — WeChat's own client consumes that fragment.
 */
@Hidden
@RestController
@SandboxOnly
class OAuthApi {

    private final WxMpProperties account;
    private final PlatformStore store;
    private final Links links;

    OAuthApi(WxMpProperties account, PlatformStore store, Links links) {
        this.account = account;
        this.store = store;
        this.links = links;
    }

    @GetMapping(FakeWeChat.PATH + "/connect/oauth2/authorize")
    ResponseEntity<String> authorize(@RequestParam(required = false) String appid,
                                     @RequestParam(name = "redirect_uri", required = false) String redirectUri,
                                     @RequestParam(name = "response_type", required = false) String responseType,
                                     @RequestParam(required = false) String scope, @RequestParam(required = false) String state,
                                     @CookieValue(name = FakeWeChat.FOLLOWER_COOKIE, required = false) String openid) {
        if (appid == null || !appid.equals(account.appId())) {
            return page("参数错误", "appid 无效（40013）。");
        }
        if (redirectUri == null || !sameHost(redirectUri, links.base())) {
            return page("redirect_uri 参数错误", "回调地址的域名与公众号设置的网页授权域名（" + host(links.base()) + "）不一致（10003）。");
        }
        if (!"code".equals(responseType) || !("snsapi_base".equals(scope) || "snsapi_userinfo".equals(scope))) {
            return page("参数错误", "response_type 或 scope 参数错误（10005）。");
        }
        if (openid == null || !openid.matches("^[A-Za-z0-9_-]{6,64}$")) {
            return page("请先选择模拟关注者", "沙盒不知道现在是哪位关注者在访问：请在沙盒页面选择或新建一位模拟关注者后再试。");
        }
        String code = store.issueCode(openid);
        String back = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(state == null ? "" : state, StandardCharsets.UTF_8);
        return redirectPage(URI.create(back));
    }

    @GetMapping(FakeWeChat.PATH + "/sns/oauth2/access_token")
    ResponseEntity<String> accessToken(@RequestParam(required = false) String appid, @RequestParam(required = false) String secret,
                                       @RequestParam(required = false) String code,
                                       @RequestParam(name = "grant_type", required = false) String grantType) {
        if (appid == null || !appid.equals(account.appId())) {
            return WeChatAnswers.error(40013, "invalid appid");
        }
        if (secret == null || !secret.equals(account.secret())) {
            return WeChatAnswers.error(40125, "invalid appsecret");
        }
        if (!"authorization_code".equals(grantType)) {
            return WeChatAnswers.error(40002, "invalid grant_type");
        }
        PlatformStore.CodeExchange exchange = store.exchange(code);
        if (exchange.openid() == null) {
            return exchange.used() ? WeChatAnswers.error(40163, "code been used") : WeChatAnswers.error(40029, "invalid code");
        }
        return WeChatAnswers.ok(WeChatAnswers.object().put("access_token", "SANDBOX_WEB_" + code).put("expires_in", 7200)
                .put("refresh_token", "SANDBOX_REFRESH_" + code).put("openid", exchange.openid()).put("scope", "snsapi_base"));
    }

    private static boolean sameHost(String a, String b) {
        String ha = host(a);
        return ha != null && ha.equals(host(b));
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Navigates to {@code to} at once; the address is also in {@code data-redirect} for whoever reads the page. */
    private static ResponseEntity<String> redirectPage(URI to) {
        String url = HtmlUtils.htmlEscape(to.toString());
        String js = to.toString().replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c");
        String html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url=" + url
                + "\"><title>微信登录</title></head><body data-redirect=\"" + url + "\" style=\"font-family:sans-serif;padding:24px\">"
                + "<p>正在以模拟关注者身份登录…… <a href=\"" + url + "\">继续</a></p><script>location.replace('" + js + "');</script></body></html>";
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    private static ResponseEntity<String> page(String title, String text) {
        String html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>" + title + "</title></head><body style=\"font-family:sans-serif;"
                + "padding:24px\"><h3>" + title + "</h3><p>" + text + "</p></body></html>";
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
