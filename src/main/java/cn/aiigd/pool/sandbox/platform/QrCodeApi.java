package cn.aiigd.pool.sandbox.platform;

import cn.aiigd.pool.sandbox.SandboxOnly;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Parametrised QR codes. The picture is a stand-in showing its scene (nothing here can make a code
 * a real WeChat could scan); in the sandbox, "scanning" is sending the SCAN event from the page.
 */
@Hidden
@RestController
@SandboxOnly
@RequestMapping(FakeWeChat.PATH + "/cgi-bin")
class QrCodeApi {

    /** WeChat's limit for temporary codes: 30 days. */
    private static final long MAX_EXPIRE = 2_592_000L;

    private final PlatformStore store;

    QrCodeApi(PlatformStore store) {
        this.store = store;
    }

    @PostMapping("/qrcode/create")
    ResponseEntity<String> create(@RequestBody(required = false) String body) {
        JsonNode m = WeChatAnswers.parse(body);
        if (m == null) {
            return WeChatAnswers.error(47001, "data format error");
        }
        JsonNode scene = m.path("action_info").path("scene");
        String value = scene.has("scene_str") ? scene.path("scene_str").asString("") : scene.path("scene_id").asString("");
        if (value.isBlank()) {
            return WeChatAnswers.error(40097, "invalid args");
        }
        long expire = Math.min(MAX_EXPIRE, Math.max(60, m.path("expire_seconds").asLong(MAX_EXPIRE)));
        String ticket = store.issueQrTicket(value, Duration.ofSeconds(expire));
        return WeChatAnswers.ok(WeChatAnswers.object().put("ticket", ticket).put("expire_seconds", expire)
                .put("url", "http://weixin.qq.com/q/" + ticket));
    }

    @GetMapping("/showqrcode")
    ResponseEntity<String> show(@RequestParam(required = false) String ticket) {
        return store.qrScene(ticket).map(scene -> ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                        .body(picture(scene)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private static String picture(String scene) {
        String s = HtmlUtils.htmlEscape(scene);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"240\" viewBox=\"0 0 240 240\">"
                + "<rect width=\"240\" height=\"240\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"4\"/>"
                + "<rect x=\"16\" y=\"16\" width=\"56\" height=\"56\" fill=\"#333\"/><rect x=\"168\" y=\"16\" width=\"56\" height=\"56\" fill=\"#333\"/>"
                + "<rect x=\"16\" y=\"168\" width=\"56\" height=\"56\" fill=\"#333\"/>"
                + "<text x=\"120\" y=\"116\" font-size=\"14\" text-anchor=\"middle\">沙盒二维码</text>"
                + "<text x=\"120\" y=\"140\" font-size=\"12\" text-anchor=\"middle\">" + s + "</text></svg>";
    }
}
