package cn.aiigd.pool.notify.template;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Fills a template in for one event's variables, within each platform's limits. */
@Component
public class Renderer {

    public RenderedNotice render(NoticeTemplate t, Map<String, String> vars) {
        Map<String, String> wechat = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("【").append(t.title()).append("】");
        String link = null;
        if (t.wechat() != null) {
            for (NoticeTemplate.Field f : t.wechat().fields()) {
                String value = WechatLimits.fit(f.type(), Variables.fill(f.value(), vars));
                wechat.put(f.name(), value);
                text.append('\n').append(f.label()).append("：").append(value);
            }
            link = Variables.fill(t.wechat().link(), vars);
        }
        Map<String, String> sms = new LinkedHashMap<>();
        String smsText = null;
        boolean urgent = false;
        if (t.sms() != null) {
            t.sms().params().forEach((k, v) -> sms.put(k, cut(Variables.fill(v, vars), TemplateCatalog.SMS_PARAM_MAX)));
            smsText = Variables.fill(t.sms().text(), vars);
            urgent = t.sms().isUrgent();
        }
        String subject = t.email() == null ? null : Variables.fill(t.email().subject(), vars);
        String body = t.email() == null ? null : Variables.fill(t.email().body(), vars);
        return new RenderedNotice(t.key(), wechat, link, sms, smsText, urgent, subject, body, text.toString());
    }

    private static String cut(String v, int max) {
        return v.codePointCount(0, v.length()) <= max ? v : v.substring(0, v.offsetByCodePoints(0, max - 1)) + "…";
    }
}
