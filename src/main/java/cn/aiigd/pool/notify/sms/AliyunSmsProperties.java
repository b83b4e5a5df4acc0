package cn.aiigd.pool.notify.sms;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Aliyun SMS account ({@code aliyun.sms.*}). Without an access key the recording channel is
 * used instead. {@code templates} maps this service's template keys (e.g. {@code binding-code}) to
 * the platform's template codes, which differ per account.
 */
@ConfigurationProperties(prefix = "aliyun.sms")
public record AliyunSmsProperties(String accessKeyId, String accessKeySecret, String endpoint, String protocol,
                                  String signName, Map<String, String> templates) {

    public AliyunSmsProperties {
        endpoint = endpoint == null || endpoint.isBlank() ? "dysmsapi.aliyuncs.com" : endpoint;
        protocol = protocol == null || protocol.isBlank() ? "HTTPS" : protocol;
        signName = signName == null || signName.isBlank() ? "广东省工业互联网产业联盟" : signName;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    public boolean configured() {
        return accessKeyId != null && !accessKeyId.isBlank() && accessKeySecret != null && !accessKeySecret.isBlank();
    }

    @Override
    public String toString() {
        return "AliyunSmsProperties[endpoint=" + endpoint + ", configured=" + configured() + "]";
    }
}
