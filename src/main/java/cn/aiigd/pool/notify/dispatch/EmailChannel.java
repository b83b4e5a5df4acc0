package cn.aiigd.pool.notify.dispatch;

import cn.aiigd.pool.notify.RecordedMessages;
import cn.aiigd.pool.notify.outbox.Notice;
import cn.aiigd.pool.notify.template.RenderedNotice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Notices by email through Spring's mail sender when {@code spring.mail.host} is set; else recorded. */
@Component
class EmailChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final RecordedMessages recorded;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mail, RecordedMessages recorded,
                 @Value("${pool.notify.mail-from:noreply@aiigd.cn}") String from) {
        this.mail = mail;
        this.recorded = recorded;
        this.from = from;
    }

    Outcome send(Notice n, RenderedNotice r) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            recorded.recordNotice("EMAIL", n.getRecipient(), n.getTemplateKey(), n.getRendered(), n.getId());
            return Outcome.sent(null);
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(n.getRecipient());
        m.setSubject(r.emailSubject());
        m.setText(r.emailBody());
        try {
            sender.send(m);
            return Outcome.sent(null);
        } catch (MailException e) {
            return new Outcome(Outcome.Kind.RETRY, "MAIL", e.getMessage(), null);
        }
    }
}
