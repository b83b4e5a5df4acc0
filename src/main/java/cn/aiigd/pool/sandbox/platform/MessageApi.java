package cn.aiigd.pool.sandbox.platform;

import cn.aiigd.pool.notify.RecordedMessages;
import cn.aiigd.pool.sandbox.SandboxOnly;
import cn.aiigd.pool.wechat.conversation.Followers;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Template messages and customer-service messages, "delivered" by storing them with the recording
 * channel (channel WECHAT; template = the notice key, or {@value #KEFU} for a customer-service text).
 * As on WeChat: only with the access token, only to a well-formed openid that has not unfollowed
 * (43004), only with one of the account's template ids (40037), and a repeated client_msg_id is
 * not delivered again but answered with the first msgid.
 */
@Hidden
@RestController
@SandboxOnly
@RequestMapping(FakeWeChat.PATH + "/cgi-bin/message")
class MessageApi {

    private static final Pattern OPENID = Pattern.compile("^[A-Za-z0-9_-]{6,64}$");

    private final PlatformStore store;
    private final TemplateCards cards;
    private final RecordedMessages recorded;
    private final Followers followers;

    MessageApi(PlatformStore store, TemplateCards cards, RecordedMessages recorded, Followers followers) {
        this.store = store;
        this.cards = cards;
        this.recorded = recorded;
        this.followers = followers;
    }

    @PostMapping("/template/send")
    ResponseEntity<String> template(@RequestBody(required = false) String body) {
        JsonNode m = WeChatAnswers.parse(body);
        if (m == null) {
            return WeChatAnswers.error(47001, "data format error");
        }
        String touser = m.path("touser").asString("");
        ResponseEntity<String> refused = recipientRefused(touser);
        if (refused != null) {
            return refused;
        }
        Optional<String> key = cards.keyOf(m.path("template_id").asString(""));
        if (key.isEmpty()) {
            return WeChatAnswers.error(40037, "invalid template_id");
        }
        long msgId = store.nextMsgId();
        String clientMsgId = m.path("client_msg_id").asString("");
        if (!clientMsgId.isBlank()) {
            Optional<Long> earlier = store.firstSendOf(touser, clientMsgId, msgId);
            if (earlier.isPresent()) {
                return sent(earlier.get());
            }
        }
        String url = m.path("url").isMissingNode() || m.path("url").isNull() ? null : m.path("url").asString("");
        recorded.record("WECHAT", touser, key.get(), cards.render(key.get(), m.path("data"), url));
        return sent(msgId);
    }

    @PostMapping("/custom/send")
    ResponseEntity<String> custom(@RequestBody(required = false) String body) {
        JsonNode m = WeChatAnswers.parse(body);
        if (m == null) {
            return WeChatAnswers.error(47001, "data format error");
        }
        String touser = m.path("touser").asString("");
        ResponseEntity<String> refused = recipientRefused(touser);
        if (refused != null) {
            return refused;
        }
        String type = m.path("msgtype").asString("");
        String content = "text".equals(type) ? m.path("text").path("content").asString("") : "[" + type + " 消息]";
        recorded.record("WECHAT", touser, FakeWeChat.KEFU, content);
        return WeChatAnswers.ok();
    }

    private static ResponseEntity<String> sent(long msgId) {
        return WeChatAnswers.ok(WeChatAnswers.object().put("errcode", 0).put("errmsg", "ok").put("msgid", msgId));
    }

    private ResponseEntity<String> recipientRefused(String touser) {
        if (!OPENID.matcher(touser).matches()) {
            return WeChatAnswers.error(40003, "invalid openid");
        }
        if (!followers.follows(touser)) {
            return WeChatAnswers.error(43004, "require subscribe");
        }
        return null;
    }
}
