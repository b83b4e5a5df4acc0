package cn.aiigd.pool.notify;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(cn.aiigd.pool.notify.dispatch.TemplateIdsHolder.class)
class NotifyConfiguration {
}
