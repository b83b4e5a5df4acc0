package cn.aiigd.pool.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.notify.RecordedMessages;
import cn.aiigd.pool.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recording SMS channel against the real database: a notice sent again (its sender's lease ran
 * out mid-send, as when the sandbox moves its clock past a send in flight) is recorded once, like
 * WeChat keeps one message per client_msg_id; a text with no notice behind it is recorded each time.
 */
class RecordingSmsGatewayIT extends IntegrationTest {

    @Autowired
    RecordedMessages recorded;

    private int recordedTo(String mobile) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recorded_message WHERE recipient = ?", Integer.class, mobile);
    }

    @Test
    void aNoticeSentAgainIsRecordedOnce() {
        RecordingSmsGateway gateway = new RecordingSmsGateway(recorded);
        String mobile = "1390000" + String.format("%04d", System.nanoTime() % 10_000);
        long noticeId = 9_000_000_000L + System.nanoTime() % 1_000_000;
        SmsMessage m = new SmsMessage(mobile, "defense-reminder", Map.of(), "明天答辩，请准时参加。", Long.toString(noticeId));
        assertThat(gateway.send(m).accepted()).isTrue();
        assertThat(gateway.send(m).accepted()).isTrue();
        assertThat(recordedTo(mobile)).isEqualTo(1);

        SmsMessage code = new SmsMessage(mobile, "binding-code", Map.of("code", "123456"), "验证码 123456", null);
        gateway.send(code);
        gateway.send(code);
        assertThat(recordedTo(mobile)).isEqualTo(3);
    }
}
