package cn.aiigd.pool.wechat.oauth;

import cn.aiigd.pool.common.pii.Masking;
import cn.aiigd.pool.wechat.WxMpProperties;
import cn.aiigd.pool.wechat.conversation.Links;
import cn.aiigd.pool.wechat.signin.ApplicantSessionFilter;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.CookieValue;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * WeChat web sign-in (snsapi_base: silent, openid only). {@code /authorize} sends the follower to
 * WeChat with a single-use state; {@code /callback} exchanges the code for the openid, starts a
 * fresh session (Spring Session, in Redis) and returns to the page they came from.
 */
@Hidden
@RestController
@RequestMapping("/wx/oauth")
class OAuthController {

    private static final Logger log = LoggerFactory.getLogger(OAuthController.class);

    private final WxMpService wx;
    private final WxMpProperties props;
    private final OAuthStates states;
    private final SignInRateLimit rateLimit;
    private final Links links;
    private final boolean secureCookie;

    OAuthController(WxMpService wx, WxMpProperties props, OAuthStates states, SignInRateLimit rateLimit, Links links,
                    @org.springframework.beans.factory.annotation.Value("${pool.session.secure-cookie:false}") boolean secureCookie) {
        this.secureCookie = secureCookie;
        this.wx = wx;
        this.props = props;
        this.states = states;
        this.rateLimit = rateLimit;
        this.links = links;
    }

    /** Ties a sign-in's state to the browser that started it: a callback link sent to someone else fails. */
    static final String STATE_COOKIE = "POOL_OAUTH_STATE";

    @GetMapping("/authorize")
    ResponseEntity<String> authorize(@RequestParam(required = false) String returnTo, HttpServletRequest request) {
        String target = returnTo == null || returnTo.isBlank() ? ReturnPaths.DEFAULT : returnTo;
        if (!ReturnPaths.isSafe(target)) {
            return page(HttpStatus.BAD_REQUEST, "链接无效", "返回地址不属于本服务，请从公众号菜单重新进入。");
        }
        if (!props.configured()) {
            return page(HttpStatus.SERVICE_UNAVAILABLE, "暂不可用", "公众号尚未配置，无法微信登录。");
        }
        if (!rateLimit.allow(request.getRemoteAddr())) {
            return page(HttpStatus.TOO_MANY_REQUESTS, "操作过于频繁", "请稍后再从公众号菜单进入。");
        }
        String state = states.issue(target);
        String url = wx.getOAuth2Service().buildAuthorizationUrl(links.base() + "/wx/oauth/callback", "snsapi_base", state);
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url))
                .header(HttpHeaders.SET_COOKIE, stateCookie(state, OAuthStates.TTL).toString()).build();
    }

    @GetMapping("/callback")
    ResponseEntity<String> callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
                                    @CookieValue(name = STATE_COOKIE, required = false) String browserState,
                                    HttpServletRequest request) {
        if (state == null || browserState == null
                || !MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII), browserState.getBytes(StandardCharsets.US_ASCII))) {
            return page(HttpStatus.BAD_REQUEST, "登录已失效", "登录链接不是在本浏览器中发起的，或已使用、已过期，请从公众号菜单重新进入。");
        }
        var returnTo = states.take(state);
        if (returnTo.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, "登录已失效", "登录链接已使用或已过期，请从公众号菜单重新进入。");
        }
        if (code == null || code.isBlank()) {
            return page(HttpStatus.FORBIDDEN, "未授权", "您没有同意授权，无法继续。请从公众号菜单重新进入。");
        }
        WxOAuth2AccessToken token;
        try {
            token = wx.getOAuth2Service().getAccessToken(code);
        } catch (WxErrorException e) {
            int errcode = e.getError().getErrorCode();
            log.info("OAuth code exchange refused: {}", errcode);
            String why = errcode == 40163 ? "该登录链接已被使用" : errcode == 40029 ? "登录凭证无效" : "微信登录暂时失败";
            return page(HttpStatus.BAD_REQUEST, "登录失败", why + "，请从公众号菜单重新进入。");
        }
        if (token.getOpenId() == null || token.getOpenId().isBlank()) {
            return page(HttpStatus.BAD_GATEWAY, "登录失败", "微信未返回用户标识，请稍后再试。");
        }
        // A new session id on sign-in: a session fixed before it cannot be taken over.
        var old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(ApplicantSessionFilter.OPENID, token.getOpenId());
        log.info("Follower {} signed in", Masking.openid(token.getOpenId()));
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(returnTo.get()))
                .header(HttpHeaders.SET_COOKIE, stateCookie("", Duration.ZERO).toString()).build();
    }

    private ResponseCookie stateCookie(String value, Duration maxAge) {
        return ResponseCookie.from(STATE_COOKIE, value).path("/wx/oauth").httpOnly(true).sameSite("Lax")
                .secure(secureCookie).maxAge(maxAge).build();
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String text) {
        String html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>" + title + "</title></head><body style=\"font-family:sans-serif;"
                + "padding:24px\"><h2>" + title + "</h2><p>" + text + "</p></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }
}
