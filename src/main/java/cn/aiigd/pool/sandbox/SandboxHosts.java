package cn.aiigd.pool.sandbox;

import cn.aiigd.pool.sandbox.platform.FakeWeChat;
import cn.aiigd.pool.wechat.conversation.Links;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * In the sandbox, WeChat is the in-app fake. Once the server listens (only then is its port known:
 * 0 in tests, anything with {@code PORT}), WxJava is pointed at it: its own calls go over loopback
 * to {@code http://127.0.0.1:<port>/sandbox/wechat}, and the pages it sends browsers to (web
 * sign-in, QR pictures) are under the address the browser already uses for the service, the public
 * base URL, so the simulated follower's cookie goes along. WxJava reads its host configuration on
 * every call. Until then the configured hosts apply, which {@link SandboxGuard} has checked.
 */
@Component
@SandboxOnly
public class SandboxHosts implements ApplicationListener<ServletWebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(SandboxHosts.class);

    private final WxMpService wx;
    private final Links links;
    private volatile String self;

    SandboxHosts(WxMpService wx, Links links) {
        this.wx = wx;
        this.links = links;
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        String contextPath = event.getApplicationContext().getServletContext().getContextPath();
        self = "http://127.0.0.1:" + event.getWebServer().getPort() + contextPath;
        WxMpHostConfig hosts = wx.getWxMpConfigStorage().getHostConfig();
        hosts.setApiHost(self + FakeWeChat.PATH);
        hosts.setMpHost(links.base() + FakeWeChat.PATH);
        hosts.setOpenHost(links.base() + FakeWeChat.PATH);
        log.info("Sandbox: WeChat's platform is faked in this service: {}{} (calls), {}{} (browsers)", self, FakeWeChat.PATH,
                links.base(), FakeWeChat.PATH);
    }

    /** This service over loopback HTTP, e.g. {@code http://127.0.0.1:8080}; known once the server listens. */
    public String self() {
        String s = self;
        if (s == null) {
            throw new IllegalStateException("The web server has not started yet");
        }
        return s;
    }
}
