package cn.aiigd.pool.sandbox.platform;

import cn.aiigd.pool.sandbox.SandboxOnly;
import cn.aiigd.pool.wechat.WxMpProperties;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The fake's access tokens: only for the configured appid and secret, as WeChat gives them. */
@Hidden
@RestController
@SandboxOnly
@RequestMapping(FakeWeChat.PATH + "/cgi-bin")
class TokenApi {

    private final WxMpProperties account;
    private final PlatformStore store;

    TokenApi(WxMpProperties account, PlatformStore store) {
        this.account = account;
        this.store = store;
    }

    @GetMapping("/token")
    ResponseEntity<String> token(@RequestParam(name = "grant_type", required = false) String grantType,
                                 @RequestParam(required = false) String appid, @RequestParam(required = false) String secret) {
        ResponseEntity<String> refused = refused(grantType, appid, secret);
        return refused != null ? refused : token(store.newAccessToken());
    }

    @PostMapping("/stable_token")
    ResponseEntity<String> stableToken(@RequestBody(required = false) String body) {
        JsonNode json = WeChatAnswers.parse(body);
        if (json == null) {
            return WeChatAnswers.error(47001, "data format error");
        }
        ResponseEntity<String> refused = refused(json.path("grant_type").asString(""), json.path("appid").asString(""),
                json.path("secret").asString(""));
        if (refused != null) {
            return refused;
        }
        return token(json.path("force_refresh").asBoolean(false) ? store.newAccessToken() : store.accessToken());
    }

    private ResponseEntity<String> token(String token) {
        return WeChatAnswers.ok(WeChatAnswers.object().put("access_token", token).put("expires_in", store.tokenExpiresIn()));
    }

    private ResponseEntity<String> refused(String grantType, String appid, String secret) {
        if (!"client_credential".equals(grantType)) {
            return WeChatAnswers.error(40002, "invalid grant_type");
        }
        if (appid == null || !appid.equals(account.appId())) {
            return WeChatAnswers.error(40013, "invalid appid");
        }
        if (secret == null || !secret.equals(account.secret())) {
            return WeChatAnswers.error(40125, "invalid appsecret");
        }
        return null;
    }
}
