package cn.aiigd.pool.broadcast;

import cn.aiigd.pool.notify.RecordedMessages;
import cn.aiigd.pool.wechat.WxMpProperties;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.WxMpMassPreviewMessage;
import me.chanjar.weixin.mp.bean.WxMpMassTagMessage;
import org.springframework.stereotype.Component;

/**
 * WeChat's mass send through WxJava. The broadcast id travels as {@code clientmsgid}, so a retry, a
 * second click or a second node never sends twice: WeChat answers a repeat with 45065. Without an
 * account configured, the message is recorded instead.
 */
@Component
class MassSender {

    /** What one try came to. */
    record Result(Kind kind, String msgId, String code, String message) {
        enum Kind { ACCEPTED, RETRY, FAILED }
    }

    private final WxMpService wx;
    private final WxMpProperties props;
    private final RecordedMessages recorded;

    MassSender(WxMpService wx, WxMpProperties props, RecordedMessages recorded) {
        this.wx = wx;
        this.props = props;
        this.recorded = recorded;
    }

    Result send(Broadcast b, Audience audience) {
        String text = text(b);
        if (!props.configured()) {
            recorded.record("WECHAT_MASS", audience.everyone() ? "all" : "tag:" + audience.tagId(), "broadcast-" + b.getId(), text);
            return new Result(Result.Kind.ACCEPTED, null, "RECORDED", null);
        }
        WxMpMassTagMessage m = new WxMpMassTagMessage();
        m.setMsgType("text");
        m.setContent(text);
        m.setSendAll(audience.everyone());
        if (!audience.everyone()) {
            m.setTagId(audience.tagId());
        }
        m.setClientMsgId("broadcast-" + b.getId());
        try {
            var r = wx.getMassMessageService().massGroupMessageSend(m);
            return new Result(Result.Kind.ACCEPTED, r.getMsgId(), "OK", null);
        } catch (WxErrorException e) {
            int code = e.getError().getErrorCode();
            String msg = e.getError().getErrorMsg();
            return switch (code) {
                // Sent before under this clientmsgid (a retry after a lost answer): it went once.
                case 45065 -> new Result(Result.Kind.ACCEPTED, null, "45065", msg);
                // Busy, retried too fast, over the API limit: try again later.
                case -1, 45009, 45066 -> new Result(Result.Kind.RETRY, null, Integer.toString(code), msg);
                default -> new Result(Result.Kind.FAILED, null, Integer.toString(code), msg);
            };
        } catch (RuntimeException e) {
            return new Result(Result.Kind.RETRY, null, "IO", e.getMessage());
        }
    }

    /** The same text to one follower, for checking it before everyone gets it (not counted against anyone's 4 a month). */
    Result preview(Broadcast b, String openid) {
        String text = text(b);
        if (!props.configured()) {
            recorded.record("WECHAT_MASS", openid, "broadcast-preview-" + b.getId(), text);
            return new Result(Result.Kind.ACCEPTED, null, "RECORDED", null);
        }
        WxMpMassPreviewMessage m = new WxMpMassPreviewMessage();
        m.setMsgType("text");
        m.setContent(text);
        m.setToWxUserOpenid(openid);
        try {
            var r = wx.getMassMessageService().massMessagePreview(m);
            return new Result(Result.Kind.ACCEPTED, r.getMsgId(), "OK", null);
        } catch (WxErrorException e) {
            return new Result(Result.Kind.FAILED, null, Integer.toString(e.getError().getErrorCode()), e.getError().getErrorMsg());
        } catch (RuntimeException e) {
            return new Result(Result.Kind.FAILED, null, "IO", e.getMessage());
        }
    }

    static String text(Broadcast b) {
        return "【" + b.getTitle() + "】\n" + b.getBody() + (b.getLinkUrl() == null ? "" : "\n" + b.getLinkUrl());
    }
}
