package cn.aiigd.pool.notify.template;

import cn.aiigd.pool.common.error.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notices of {@code message-templates/} (packaged into the jar), validated when loaded: a
 * template naming an unknown variable, a keyword type WeChat does not have, a missing field, or an
 * SMS parameter that can exceed Aliyun's 35 characters stops the service at start-up.
 */
@Component
public class TemplateCatalog {

    static final int SMS_PARAM_MAX = 35;

    private final Map<String, NoticeTemplate> templates = new TreeMap<>();

    TemplateCatalog(JsonMapper json) {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:message-templates/*.json")) {
                NoticeTemplate t = json.readValue(r.getInputStream(), NoticeTemplate.class);
                List<String> problems = problems(t);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("message-templates/" + r.getFilename() + " is invalid: " + String.join("; ", problems));
                }
                templates.put(t.key(), t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Collection<NoticeTemplate> all() {
        return templates.values();
    }

    public Optional<NoticeTemplate> find(String key) {
        return Optional.ofNullable(templates.get(key));
    }

    public NoticeTemplate require(String key) {
        return find(key).orElseThrow(() -> ApiException.notFound("没有这个消息模板：" + key));
    }

    /** What is wrong with a template, in words a person can fix; empty when it is valid. */
    public static List<String> problems(NoticeTemplate t) {
        List<String> p = new ArrayList<>();
        if (t.key() == null || t.key().isBlank()) {
            p.add("missing key");
        }
        if (t.title() == null || t.title().isBlank()) {
            p.add("missing title");
        }
        Set<String> vars = Variables.of(t.event() == null ? "" : t.event());
        if (vars.isEmpty()) {
            p.add("unknown event " + t.event() + " (supplier, filing, reviewer or broadcast)");
            return p;
        }
        if (t.wechat() == null && t.sms() == null && t.email() == null) {
            p.add("no channel");
        }
        if (t.wechat() != null) {
            if (t.wechat().fields() == null || t.wechat().fields().isEmpty()) {
                p.add("wechat: no fields");
            } else {
                for (NoticeTemplate.Field f : t.wechat().fields()) {
                    if (f.name() == null || f.name().isBlank() || f.value() == null || f.label() == null) {
                        p.add("wechat: a field lacks name, label or value");
                        continue;
                    }
                    if (!WechatLimits.known(f.type())) {
                        p.add("wechat: " + f.name() + " has unknown type " + f.type());
                    }
                    unknown(p, "wechat " + f.name(), f.value(), vars);
                }
            }
            unknown(p, "wechat link", t.wechat().link(), vars);
        }
        if (t.sms() != null) {
            if (t.sms().params() == null || t.sms().params().isEmpty() || t.sms().text() == null) {
                p.add("sms: params and text are required");
            } else {
                t.sms().params().forEach((k, v) -> unknown(p, "sms " + k, v, vars));
                unknown(p, "sms text", t.sms().text(), vars);
                // Rendered against the longest plausible values: every parameter must stay within 35.
                Map<String, String> longest = SampleEvents.longest(t.event());
                t.sms().params().forEach((k, v) -> {
                    int len = Variables.fill(v, longest).length();
                    if (len > SMS_PARAM_MAX) {
                        p.add("sms " + k + " can reach " + len + " characters (Aliyun allows " + SMS_PARAM_MAX + ")");
                    }
                });
            }
        }
        if (t.email() != null) {
            if (t.email().subject() == null || t.email().body() == null) {
                p.add("email: subject and body are required");
            } else {
                unknown(p, "email subject", t.email().subject(), vars);
                unknown(p, "email body", t.email().body(), vars);
            }
        }
        return p;
    }

    private static void unknown(List<String> p, String where, String text, Set<String> vars) {
        for (String v : Variables.used(text)) {
            if (!vars.contains(v)) {
                p.add(where + " uses unknown variable {" + v + "}");
            }
        }
    }
}
