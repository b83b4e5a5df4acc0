package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.fake.FakeAliyunSms;
import cn.aiigd.pool.notify.sms.AliyunSmsGateway;
import cn.aiigd.pool.notify.sms.AliyunSmsProperties;
import cn.aiigd.pool.notify.sms.SmsGateway;
import cn.aiigd.pool.notify.sms.SmsMessage;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The real Aliyun client, signing for real, against a fake that checks the signature. */
class AliyunSmsGatewayIT {

    static FakeAliyunSms fake;

    @BeforeAll
    static void start() {
        fake = new FakeAliyunSms();
    }

    @AfterAll
    static void stop() {
        fake.stop();
    }

    private static SmsGateway gateway(String secret) {
        return new AliyunSmsGateway(new AliyunSmsProperties(FakeAliyunSms.ACCESS_KEY, secret, fake.endpoint(), "HTTP", "广东省工业互联网产业联盟",
                Map.of("binding-code", "SMS_000001")), JsonMapper.builder().build());
    }

    @Test
    void aSignedSendIsAcceptedWithItsParametersAndOutId() {
        SmsGateway.Result r = gateway(FakeAliyunSms.SECRET).send(
                new SmsMessage("13800138000", "binding-code", Map.of("code", "123456"), "text", "outbox-42"));
        assertThat(r.accepted()).isTrue();
        assertThat(r.bizId()).startsWith("biz");
        FakeAliyunSms.Sent s = fake.sent().stream().filter(x -> "outbox-42".equals(x.outId())).findFirst().orElseThrow();
        assertThat(s.templateCode()).isEqualTo("SMS_000001");
        assertThat(s.signName()).isEqualTo("广东省工业互联网产业联盟");
        assertThat(s.templateParam()).isEqualTo("{\"code\":\"123456\"}");
    }

    @Test
    void aWrongSecretIsRefusedBySignature() {
        int before = fake.sent().size();
        SmsGateway.Result r = gateway("not-the-secret").send(new SmsMessage("13800138001", "binding-code", Map.of("code", "1"), "t", null));
        assertThat(r.accepted()).isFalse();
        assertThat(r.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(fake.sent()).hasSize(before);
    }

    @Test
    void businessErrorsComeBackAsHttp200AndAreReadFromTheBody() {
        fake.failFor("13800138002", "isv.BUSINESS_LIMIT_CONTROL");
        SmsGateway.Result limited = gateway(FakeAliyunSms.SECRET).send(new SmsMessage("13800138002", "binding-code", Map.of("code", "1"), "t", null));
        assertThat(limited.accepted()).isFalse();
        assertThat(limited.code()).isEqualTo("isv.BUSINESS_LIMIT_CONTROL");
        SmsGateway.Result illegal = gateway(FakeAliyunSms.SECRET).send(new SmsMessage("12345", "binding-code", Map.of("code", "1"), "t", null));
        assertThat(illegal.code()).isEqualTo("isv.MOBILE_NUMBER_ILLEGAL");
    }

    @Test
    void aTemplateWithoutAConfiguredCodeIsNotSent() {
        SmsGateway.Result r = gateway(FakeAliyunSms.SECRET).send(new SmsMessage("13800138003", "unknown-template", Map.of(), "t", null));
        assertThat(r.accepted()).isFalse();
        assertThat(r.code()).isEqualTo("TEMPLATE_NOT_CONFIGURED");
    }
}
