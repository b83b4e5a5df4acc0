package cn.aiigd.pool.sandbox.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How WeChat's API answers: HTTP 200 with JSON, and an {@code errcode} that says whether it worked
 * (errors are never HTTP statuses). WxJava reads exactly this.
 */
final class WeChatAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private WeChatAnswers() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ResponseEntity<String> ok(ObjectNode body) {
        return ResponseEntity.ok().contentType(JSON_UTF8).body(JSON.writeValueAsString(body));
    }

    static ResponseEntity<String> ok() {
        return error(0, "ok");
    }

    static ResponseEntity<String> error(int errcode, String errmsg) {
        return ok(object().put("errcode", errcode).put("errmsg", errmsg));
    }

    /** 40001, as WeChat answers a missing, unknown or replaced access token (WxJava then fetches a new one). */
    static ResponseEntity<String> badToken() {
        return error(40001, "invalid credential, access_token is invalid or not latest");
    }

    static tools.jackson.databind.JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }
}
