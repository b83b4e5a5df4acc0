package cn.aiigd.pool.sandbox;

import cn.aiigd.pool.sandbox.platform.MenuApi;
import cn.aiigd.pool.wechat.menu.MenuPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The custom menu on the simulated phone is what the account published to (the in-app) WeChat, as
 * on a real phone: the service's own publisher sends {@code menus/default.json}, the fake keeps it,
 * and the page draws it. Published when the sandbox starts, and again if the fake has none.
 */
@Component
@SandboxOnly
class SandboxMenu {

    private static final Logger log = LoggerFactory.getLogger(SandboxMenu.class);

    private final MenuPublisher publisher;
    private final MenuApi platform;

    SandboxMenu(MenuPublisher publisher, MenuApi platform) {
        this.publisher = publisher;
        this.platform = platform;
    }

    /** One button: a click (key), a link (url), or a group of sub-buttons. */
    record Button(String name, String type, String key, String url, List<Button> subButtons) {
    }

    void publish() {
        publisher.publishAll().forEach(o -> log.info("Sandbox: menu {}: {}", o.menu(), o.message()));
    }

    List<Button> buttons() {
        Optional<JsonNode> menu = platform.publishedMenu();
        if (menu.isEmpty()) {
            publish();
            menu = platform.publishedMenu();
        }
        return menu.map(m -> buttons(m.path("button"))).orElse(List.of());
    }

    private static List<Button> buttons(JsonNode array) {
        List<Button> out = new ArrayList<>();
        for (JsonNode b : array) {
            out.add(new Button(b.path("name").asString(""), b.path("type").asString(null), b.path("key").asString(null),
                    b.path("url").asString(null), buttons(b.path("sub_button"))));
        }
        return out;
    }
}
