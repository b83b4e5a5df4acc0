package cn.aiigd.pool.common.config;

import java.io.PrintStream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the embedded default where to go and how to sign in. Production logs
 * nothing of the kind: its operators know, and a URL there may carry credentials.
 */
@Component
@Profile("local")
class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

    private final Environment env;
    private final StaffSignInHint hint;

    StartupBanner(Environment env, StaffSignInHint hint) {
        this.env = env;
        this.hint = hint;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        String base = "http://localhost:" + port;
        // Printed, not logged: the generated password must not end up in a log file.
        PrintStream out = System.out;
        out.println();
        out.println("================ pool-assistant 已启动 ================");
        out.println("  API 文档（Swagger UI）: " + base + "/swagger-ui.html");
        out.println("  健康检查:               " + base + "/actuator/health");
        out.println("  数据库:                 " + env.getProperty("pool.local.active-database", "（由 spring.datasource.url 指定）"));
        out.println("  工作人员后台:           " + base + "/console/");
        out.println("  工作人员登录（后台或 HTTP Basic）: " + hint.describe());
        if ("true".equals(env.getProperty("pool.dev.applicant-sign-in"))) {
            out.println("  模拟微信登录:           POST " + base + "/api/dev/applicant-session {\"openid\":\"oDemoOpenid01\"}");
        }
        // Last, so it is what the eye lands on: the sandbox is where a newcomer should start.
        if ("true".equals(env.getProperty("pool.sandbox.enabled"))) {
            out.println("  沙盒（模拟手机中的公众号）: " + base + "/sandbox/");
        }
        out.println("=======================================================");
        out.println();
    }
}
