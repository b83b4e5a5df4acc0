package cn.aiigd.pool.notify.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Aliyun when an access key is configured; otherwise the recording channel (and a line saying so). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AliyunSmsProperties.class)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    SmsGateway smsGateway(AliyunSmsProperties props, JsonMapper json, cn.aiigd.pool.notify.RecordedMessages recorded) {
        if (props.configured()) {
            return new AliyunSmsGateway(props, json);
        }
        log.info("No Aliyun SMS access key configured: SMS are recorded (table recorded_message), not sent.");
        return new RecordingSmsGateway(recorded);
    }
}
