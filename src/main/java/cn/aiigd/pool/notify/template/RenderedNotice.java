package cn.aiigd.pool.notify.template;

import java.util.Map;

/** A template filled in for one event, per channel, ready to send and to read. */
public record RenderedNotice(String templateKey, Map<String, String> wechatData, String wechatLink, Map<String, String> smsParams,
                             String smsText, boolean urgent, String emailSubject, String emailBody, String wechatText) {
}
