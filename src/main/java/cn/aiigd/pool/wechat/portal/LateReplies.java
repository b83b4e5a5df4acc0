package cn.aiigd.pool.wechat.portal;

import cn.aiigd.pool.common.pii.Masking;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers that missed the portal's deadline go out through the customer-service message API
 * (allowed for 48 hours after the follower's last message).
 */
@Component
class LateReplies {

    private static final Logger log = LoggerFactory.getLogger(LateReplies.class);

    private final WxMpService wx;

    LateReplies(WxMpService wx) {
        this.wx = wx;
    }

    void send(String openid, Reply reply) {
        if (reply.kind() != Reply.Kind.TEXT) {
            return;
        }
        try {
            wx.getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(openid).content(reply.text()).build());
            log.info("Late reply sent to {} through the customer-service API", Masking.openid(openid));
        } catch (WxErrorException | RuntimeException e) {
            log.warn("Late reply to {} could not be sent: {}", Masking.openid(openid), e.getMessage());
        }
    }
}
