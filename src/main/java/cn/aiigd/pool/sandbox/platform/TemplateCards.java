package cn.aiigd.pool.sandbox.platform;

import cn.aiigd.pool.notify.dispatch.TemplateIdsHolder;
import cn.aiigd.pool.notify.template.NoticeTemplate;
import cn.aiigd.pool.notify.template.TemplateCatalog;
import cn.aiigd.pool.sandbox.SandboxOnly;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns a template send as it arrived over the wire into what the follower's phone shows: the
 * template's title and one "label：value" line per keyword (looked up by template id, as WeChat
 * knows its templates), then the link. The recording channel stores this text; the sandbox page
 * draws it as a card.
 */
@Component
@SandboxOnly
public class TemplateCards {

    /** The line that carries the card's link; the page makes the card open it. */
    public static final String LINK_PREFIX = "详情：";

    private final TemplateIdsHolder ids;
    private final TemplateCatalog catalog;

    TemplateCards(TemplateIdsHolder ids, TemplateCatalog catalog) {
        this.ids = ids;
        this.catalog = catalog;
    }

    /** The notice key whose WeChat template this id is, if the account has it. */
    Optional<String> keyOf(String templateId) {
        if (templateId == null || templateId.isBlank()) {
            return Optional.empty();
        }
        return ids.wechatTemplates().entrySet().stream().filter(e -> templateId.equals(e.getValue())).map(Map.Entry::getKey)
                .findFirst();
    }

    String render(String key, JsonNode data, String url) {
        Optional<NoticeTemplate> template = catalog.find(key);
        StringBuilder text = new StringBuilder("【").append(template.map(NoticeTemplate::title).orElse(key)).append("】");
        Iterator<Map.Entry<String, JsonNode>> fields = data == null ? java.util.Collections.emptyIterator() : data.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            text.append('\n').append(label(template, f.getKey())).append("：").append(f.getValue().path("value").asString(""));
        }
        if (url != null && !url.isBlank()) {
            text.append('\n').append(LINK_PREFIX).append(url);
        }
        return text.toString();
    }

    private static String label(Optional<NoticeTemplate> template, String name) {
        return template.filter(t -> t.wechat() != null).flatMap(t -> t.wechat().fields().stream()
                .filter(f -> f.name().equals(name)).map(NoticeTemplate.Field::label).findFirst()).orElse(name);
    }
}
