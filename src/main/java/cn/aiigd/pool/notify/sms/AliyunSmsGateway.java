package cn.aiigd.pool.notify.sms;

import cn.aiigd.pool.common.pii.Masking;
import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponse;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through Aliyun's own client (it signs every request, ACS3-HMAC-SHA256). Business errors come
 * back as HTTP 200 with a code other than "OK": the body is always read, never the status alone.
 */
public class AliyunSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(AliyunSmsGateway.class);

    private final Client client;
    private final AliyunSmsProperties props;
    private final JsonMapper json;

    public AliyunSmsGateway(AliyunSmsProperties props, JsonMapper json) {
        this.props = props;
        this.json = json;
        try {
            Config config = new Config().setAccessKeyId(props.accessKeyId()).setAccessKeySecret(props.accessKeySecret())
                    .setEndpoint(props.endpoint()).setProtocol(props.protocol());
            this.client = new Client(config);
        } catch (Exception e) {
            throw new IllegalStateException("Aliyun SMS client could not be created: " + e.getMessage(), e);
        }
    }

    @Override
    public Result send(SmsMessage m) {
        String template = props.templates().get(m.templateKey());
        if (template == null || template.isBlank()) {
            log.warn("No Aliyun template code configured for {} (aliyun.sms.templates.{})", m.templateKey(), m.templateKey());
            return new Result(false, null, "TEMPLATE_NOT_CONFIGURED", "aliyun.sms.templates." + m.templateKey() + " is empty");
        }
        SendSmsRequest request = new SendSmsRequest().setPhoneNumbers(m.mobile()).setSignName(props.signName())
                .setTemplateCode(template).setTemplateParam(json.writeValueAsString(m.params()));
        if (m.outId() != null) {
            request.setOutId(m.outId());
        }
        try {
            RuntimeOptions runtime = new RuntimeOptions();
            runtime.connectTimeout = 3000;
            runtime.readTimeout = 5000;
            SendSmsResponse response = client.sendSmsWithOptions(request, runtime);
            var body = response.getBody();
            boolean ok = body != null && "OK".equals(body.getCode());
            if (!ok) {
                log.warn("Aliyun refused SMS {} to {}: {}", m.templateKey(), Masking.mobile(m.mobile()), body == null ? "no body" : body.getCode());
            }
            return new Result(ok, body == null ? null : body.getBizId(), body == null ? "NO_BODY" : body.getCode(),
                    body == null ? null : body.getMessage());
        } catch (com.aliyun.tea.TeaException e) {
            log.warn("Aliyun SMS call failed for {}: {} {}", Masking.mobile(m.mobile()), e.getCode(), e.getMessage());
            return new Result(false, null, e.getCode() == null ? "ERROR" : e.getCode(), e.getMessage());
        } catch (Exception e) {
            log.warn("Aliyun SMS call failed for {}: {}", Masking.mobile(m.mobile()), e.toString());
            return new Result(false, null, "NETWORK", e.getMessage());
        }
    }
}
