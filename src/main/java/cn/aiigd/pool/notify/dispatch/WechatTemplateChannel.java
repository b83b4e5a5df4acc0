package cn.aiigd.pool.notify.dispatch;

import cn.aiigd.pool.notify.RecordedMessages;
import cn.aiigd.pool.notify.outbox.Notice;
import cn.aiigd.pool.notify.template.RenderedNotice;
import cn.aiigd.pool.wechat.WxMpProperties;
import cn.aiigd.pool.wechat.conversation.Links;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.springframework.stereotype.Component;

/**
 * Template messages through WxJava. The outbox id travels as {@code client_msg_id}, so WeChat itself
 * refuses a second send of the same notice. Without an account or a template id configured for the
 * notice, the message is recorded instead.
 */
@Component
class WechatTemplateChannel {

    private final WxMpService wx;
    private final WxMpProperties props;
    private final TemplateIdsHolder ids;
    private final Links links;
    private final RecordedMessages recorded;

    WechatTemplateChannel(WxMpService wx, WxMpProperties props, TemplateIdsHolder ids, Links links, RecordedMessages recorded) {
        this.wx = wx;
        this.props = props;
        this.ids = ids;
        this.links = links;
        this.recorded = recorded;
    }

    Outcome send(Notice n, RenderedNotice r) {
        String templateId = ids.wechatTemplates().get(n.getTemplateKey());
        if (!props.configured()) {
            recorded.recordNotice("WECHAT", n.getRecipient(), n.getTemplateKey(), n.getRendered(), n.getId());
            return Outcome.sent(null);
        }
        if (templateId == null || templateId.isBlank()) {
            // A real account without this notice's template id: a configuration fault staff must see.
            return new Outcome(Outcome.Kind.FAILED, "TEMPLATE_NOT_CONFIGURED",
                    "pool.notify.wechat-templates." + n.getTemplateKey() + " is empty", null);
        }
        WxMpTemplateMessage m = WxMpTemplateMessage.builder().toUser(n.getRecipient()).templateId(templateId)
                .url(r.wechatLink() == null ? null : links.oauth(r.wechatLink())).build();
        // Every automatic try of a notice carries the same id: a send that timed out here but
        // reached WeChat, or one a crashed node made before recording it, is dropped by WeChat as a
        // repeat. Only a staff resend of a failed notice gets a new one (WeChat would drop it otherwise).
        m.setClientMsgId("notice-" + n.getId() + "-" + n.getResends());
        r.wechatData().forEach((k, v) -> m.addData(new WxMpTemplateData(k, v)));
        try {
            return Outcome.sent(wx.getTemplateMsgService().sendTemplateMsg(m));
        } catch (WxErrorException e) {
            return ErrorClasses.wechat(e.getError().getErrorCode(), e.getError().getErrorMsg());
        } catch (RuntimeException e) {
            // WxJava retries -1 (system busy) itself and then gives up with a runtime exception
            // whose only trace of the code is its message.
            String code = e.getMessage() != null && e.getMessage().contains("超出重试次数") ? "-1" : "IO";
            return new Outcome(Outcome.Kind.RETRY, code, e.getMessage(), null);
        }
    }
}
