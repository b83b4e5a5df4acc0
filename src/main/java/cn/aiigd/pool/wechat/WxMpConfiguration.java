package cn.aiigd.pool.wechat;

import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * WxJava for the one account. Its access token lives in Redis, where every node shares it and
 * WxJava's distributed lock lets only one of them refresh it (a second token would void the first).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WxMpProperties.class)
class WxMpConfiguration {

    static {
        // WxJava reads every message twice (XStream, then dom4j for its field map), and dom4j asks
        // JAXP for a new SAX parser factory each time; unless told which, JAXP scans the class path
        // for a provider on every call (measured: the largest single cost of a portal request).
        // Naming the JDK's own built-in implementation skips the scan and changes nothing else.
        System.getProperties().putIfAbsent("javax.xml.parsers.SAXParserFactory",
                "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    }

    @Bean
    WxMpService wxMpService(WxMpProperties props, StringRedisTemplate redis,
                            @Value("${pool.redis.key-prefix:pool:}") String prefix,
                            @Value("${wx.mp.max-connections:64}") int maxConnections) {
        WxMpRedisConfigImpl config = new NodeCachedTokenConfig(new RedisTemplateWxRedisOps(redis), prefix + "wx");
        config.setAppId(props.appId());
        config.setSecret(props.secret());
        config.setToken(props.token());
        config.setAesKey(props.aesKey());
        config.setUseStableAccessToken(true);
        WxMpHostConfig hosts = new WxMpHostConfig();
        hosts.setApiHost(props.apiHost());
        hosts.setMpHost(props.mpHost());
        hosts.setOpenHost(props.openHost());
        config.setHostConfig(hosts);
        // WxJava's default pool allows 10 connections to WeChat: fewer than the notice senders.
        var http = me.chanjar.weixin.common.util.http.apache.DefaultApacheHttpClientBuilder.get();
        http.setMaxConnPerHost(Math.max(10, maxConnections));
        http.setMaxTotalConn(Math.max(50, maxConnections * 2));
        config.setApacheHttpClientBuilder(http);
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        // -1 (system busy) is retried by WxJava; keep it short, the portal's deadline is 5 s.
        service.setRetrySleepMillis(200);
        service.setMaxRetryTimes(2);
        return service;
    }
}
