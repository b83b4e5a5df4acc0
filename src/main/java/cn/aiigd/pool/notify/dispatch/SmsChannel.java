package cn.aiigd.pool.notify.dispatch;

import cn.aiigd.pool.notify.outbox.Notice;
import cn.aiigd.pool.notify.sms.SmsGateway;
import cn.aiigd.pool.notify.sms.SmsMessage;
import cn.aiigd.pool.notify.template.RenderedNotice;
import org.springframework.stereotype.Component;

/** Notices by SMS; the outbox id travels as Aliyun's OutId, so receipts find their notice. */
@Component
class SmsChannel {

    private final SmsGateway gateway;

    SmsChannel(SmsGateway gateway) {
        this.gateway = gateway;
    }

    Outcome send(Notice n, RenderedNotice r) {
        SmsGateway.Result result = gateway.send(new SmsMessage(n.getRecipient(), n.getTemplateKey(), r.smsParams(), r.smsText(),
                Long.toString(n.getId())));
        return result.accepted() ? Outcome.sent(result.bizId()) : ErrorClasses.sms(result.code(), result.message());
    }
}
