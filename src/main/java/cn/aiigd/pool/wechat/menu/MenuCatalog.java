package cn.aiigd.pool.wechat.menu;

import cn.aiigd.pool.wechat.WxMpProperties;
import cn.aiigd.pool.wechat.conversation.Links;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The menus of {@code menus/} (packaged into the jar), with their placeholders filled in:
 * {@code {base}} is the service's public address, {@code {staffTagId}} the staff tag.
 */
@Component
public class MenuCatalog {

    /** One menu file, ready to send to WeChat. */
    public record Menu(String name, String json, boolean conditional) {
    }

    private final Links links;
    private final WxMpProperties props;

    MenuCatalog(Links links, WxMpProperties props) {
        this.links = links;
        this.props = props;
    }

    public List<Menu> all() {
        return List.of(load("default"), load("staff"));
    }

    Menu load(String name) {
        try {
            String raw = new String(new ClassPathResource("menus/" + name + ".json").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String tag = props.staffTagId() == null ? "" : props.staffTagId();
            String json = raw.replace("{base}", links.base()).replace("{staffTagId}", tag);
            return new Menu(name, json, raw.contains("\"matchrule\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
