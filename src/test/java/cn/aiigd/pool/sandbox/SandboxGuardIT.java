package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.aiigd.pool.PoolAssistantApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** A sandbox that could reach the real WeChat does not start. */
class SandboxGuardIT {

    private static MockEnvironment hosts(String api, String mp, String open) {
        MockEnvironment env = new MockEnvironment();
        if (api != null) {
            env.setProperty("wx.mp.api-host", api);
        }
        if (mp != null) {
            env.setProperty("wx.mp.mp-host", mp);
        }
        if (open != null) {
            env.setProperty("wx.mp.open-host", open);
        }
        return env;
    }

    @Test
    void theServiceRefusesToStartASandboxPointedAtWeChat() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(PoolAssistantApplication.class).profiles("test");
        // As command-line arguments: above application.yml's empty hosts, as an operator's settings would be.
        assertThatThrownBy(() -> app.run("--pool.sandbox.enabled=true", "--server.port=0", "--wx.mp.api-host=https://api.weixin.qq.com",
                "--wx.mp.mp-host=http://localhost:8080/sandbox/wechat", "--wx.mp.open-host=http://localhost:8080/sandbox/wechat"))
                .hasStackTraceContaining("pool.sandbox.enabled=true, but wx.mp.api-host=https://api.weixin.qq.com points at WeChat");
    }

    @Test
    void onlyThisMachineServesTheSandboxsWeChatCalls() {
        String local = "http://127.0.0.1:8080/sandbox/wechat";
        assertThat(SandboxGuard.problems(hosts(local, local, "http://localhost:8080/sandbox/wechat"))).isEmpty();
        // The browser-facing sign-in host may be the machine's LAN address (a phone on the same network).
        assertThat(SandboxGuard.problems(hosts(local, local, "http://192.168.1.20:8080/sandbox/wechat"))).isEmpty();
        assertThat(SandboxGuard.problems(hosts(null, local, local))).containsExactly("wx.mp.api-host is empty, which means WeChat's real host");
        assertThat(SandboxGuard.problems(hosts(local, "https://mp.weixin.qq.com", local)))
                .containsExactly("wx.mp.mp-host=https://mp.weixin.qq.com points at WeChat");
        assertThat(SandboxGuard.problems(hosts(local, local, "https://open.weixin.qq.com")))
                .containsExactly("wx.mp.open-host=https://open.weixin.qq.com points at WeChat");
        assertThat(SandboxGuard.problems(hosts("http://fake.example.com/sandbox/wechat", local, local)))
                .containsExactly("wx.mp.api-host=http://fake.example.com/sandbox/wechat is not this machine (127.0.0.1, localhost or [::1])");
        assertThat(SandboxGuard.problems(hosts("ftp://127.0.0.1/x", local, local))).containsExactly("wx.mp.api-host=ftp://127.0.0.1/x is not an http(s) URL");
    }
}
