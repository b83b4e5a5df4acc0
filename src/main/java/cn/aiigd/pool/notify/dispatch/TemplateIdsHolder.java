package cn.aiigd.pool.notify.dispatch;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code pool.notify.wechat-templates.<key>}: the account's WeChat template id for each notice (ids differ per account). */
@ConfigurationProperties(prefix = "pool.notify")
public record TemplateIdsHolder(Map<String, String> wechatTemplates) {
    public TemplateIdsHolder {
        wechatTemplates = wechatTemplates == null ? Map.of() : Map.copyOf(wechatTemplates);
    }
}
