package cn.aiigd.pool.sandbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/**
 * Refuses to start a sandbox that could reach the real WeChat. The sandbox signs in anyone as any
 * follower and sends as the account, so its WeChat client must talk to the in-app fake only. Once
 * the server listens, SandboxHosts points WxJava there; before that (and in a context without a
 * server) the configured hosts apply, so they must be safe too: {@code wx.mp.api-host} (every
 * server-side call) must be this machine, and no host may be one of WeChat's. Runs before any other
 * bean is made, so nothing has been sent when it says no.
 */
final class SandboxGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final List<String> WECHAT_DOMAINS = List.of("qq.com", "weixin.qq.com", "wechat.com", "weixin.com");

    private Environment env;

    @Override
    public void setEnvironment(Environment environment) {
        this.env = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("pool.sandbox.enabled=true, but " + String.join("; ", problems)
                    + ". The sandbox must only ever talk to its in-app fake of WeChat: point wx.mp.api-host at "
                    + "http://127.0.0.1:<port>/sandbox/wechat and wx.mp.mp-host and wx.mp.open-host at <public base URL>/sandbox/wechat "
                    + "(as application-local.yml does), or turn the sandbox off.");
        }
    }

    /** What is wrong with the WeChat hosts for a sandbox; empty when they are safe. Blank means WeChat's own. */
    static List<String> problems(PropertyResolver env) {
        List<String> p = new ArrayList<>();
        for (String name : List.of("wx.mp.api-host", "wx.mp.mp-host", "wx.mp.open-host")) {
            String value = env.getProperty(name, "");
            String host = hostOf(value);
            if (value.isBlank()) {
                p.add(name + " is empty, which means WeChat's real host");
            } else if (host == null) {
                p.add(name + "=" + value + " is not an http(s) URL");
            } else if (isWeChat(host)) {
                p.add(name + "=" + value + " points at WeChat");
            } else if (name.equals("wx.mp.api-host") && !LOOPBACK.contains(host)) {
                p.add(name + "=" + value + " is not this machine (127.0.0.1, localhost or [::1])");
            }
        }
        return p;
    }

    private static boolean isWeChat(String host) {
        return WECHAT_DOMAINS.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }

    private static String hostOf(String url) {
        try {
            URI u = URI.create(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                return null;
            }
            return u.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
