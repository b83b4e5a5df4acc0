package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.support.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Email notices through Spring's mail sender to a real SMTP server (GreenMail). */
class MailChannelIT extends IntegrationTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    NoticeDispatcher dispatcher;

    @Test
    void anEmailNoticeArrivesWithItsSubjectAndBody() throws Exception {
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status IN ('PENDING', 'SENDING')");
        String vars = "{\"companyName\":\"广州示例智能科技有限公司\",\"productName\":\"智造云MES\",\"defenseTime\":\"2021年04月08日 09:00~09:30\","
                + "\"venue\":\"联盟第一会议室\",\"address\":\"广州市越秀区东风中路1号\",\"order\":\"1\",\"contactName\":\"李四\",\"filingId\":\"9\"}";
        LocalDateTime now = LocalDateTime.of(2021, 2, 10, 10, 0);
        jdbc.update("INSERT INTO notice (idempotency_key, template_key, channel, recipient, variables, rendered, urgent, status, attempts, "
                + "next_attempt_at, created_at, updated_at) VALUES (?, 'defense-invited', 'EMAIL', 'lisi@example.com', ?, '', 0, 'PENDING', 0, ?, ?, ?)",
                "mail-test:" + System.nanoTime(), vars, now, now, now);
        dispatcher.dispatchOnce();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage m = SMTP.getReceivedMessages()[0];
        assertThat(m.getSubject()).contains("集中答辩邀请").contains("广州示例智能科技有限公司");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("lisi@example.com");
        assertThat(m.getContent().toString()).contains("联盟第一会议室").contains("李四您好");
        assertThat(count("SELECT COUNT(*) FROM notice WHERE recipient = 'lisi@example.com' AND status = 'SENT'")).isEqualTo(1);
    }
}
