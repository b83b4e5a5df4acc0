package cn.aiigd.pool.sandbox.platform;

import cn.aiigd.pool.sandbox.SandboxOnly;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The account's custom menus as WeChat keeps them: what was published is what the phone shows.
 * Validation is the service's own (MenuValidator, before publishing); the fake only stores.
 */
@Hidden
@RestController
@SandboxOnly
@RequestMapping(FakeWeChat.PATH + "/cgi-bin/menu")
public class MenuApi {

    private final PlatformStore store;

    MenuApi(PlatformStore store) {
        this.store = store;
    }

    /** The published default menu (WeChat's JSON: {@code {"button":[…]}}), if any. */
    public Optional<JsonNode> publishedMenu() {
        return store.menu().map(WeChatAnswers::parse);
    }

    @PostMapping("/create")
    ResponseEntity<String> create(@RequestBody(required = false) String body) {
        JsonNode menu = WeChatAnswers.parse(body);
        if (menu == null || !menu.path("button").isArray()) {
            return WeChatAnswers.error(40016, "invalid button size");
        }
        store.saveMenu(body);
        return WeChatAnswers.ok();
    }

    @PostMapping("/addconditional")
    ResponseEntity<String> addConditional(@RequestBody(required = false) String body) {
        JsonNode menu = WeChatAnswers.parse(body);
        if (menu == null || !menu.path("button").isArray() || !menu.path("matchrule").isObject()) {
            return WeChatAnswers.error(40016, "invalid button size");
        }
        return WeChatAnswers.ok(WeChatAnswers.object().put("menuid", store.addConditionalMenu(body)));
    }

    @GetMapping("/get")
    ResponseEntity<String> get() {
        Optional<JsonNode> menu = publishedMenu();
        if (menu.isEmpty()) {
            return WeChatAnswers.error(46003, "menu no exist");
        }
        ObjectNode answer = WeChatAnswers.object();
        answer.set("menu", menu.get());
        ArrayNode conditional = answer.putArray("conditionalmenu");
        for (Map.Entry<Object, Object> e : store.conditionalMenus().entrySet()) {
            JsonNode c = WeChatAnswers.parse((String) e.getValue());
            if (c instanceof ObjectNode o) {
                o.put("menuid", (String) e.getKey());
                conditional.add(o);
            }
        }
        return WeChatAnswers.ok(answer);
    }

    @GetMapping("/delete")
    ResponseEntity<String> delete() {
        store.deleteMenus();
        return WeChatAnswers.ok();
    }

    @PostMapping("/delconditional")
    ResponseEntity<String> deleteConditional(@RequestBody(required = false) String body) {
        JsonNode m = WeChatAnswers.parse(body);
        String id = m == null ? "" : m.path("menuid").asString("");
        return store.deleteConditionalMenu(id) ? WeChatAnswers.ok() : WeChatAnswers.error(65301, "no such conditional menu");
    }
}
