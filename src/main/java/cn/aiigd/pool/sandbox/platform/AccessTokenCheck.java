package cn.aiigd.pool.sandbox.platform;

import cn.aiigd.pool.sandbox.SandboxOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every API of the fake WeChat needs the current access token, as WeChat's do: one check in front of
 * them all (a wrong or missing token gets 40001, and WxJava fetches a new one), except for the calls
 * that hand the token out and the QR-code picture, which WeChat serves by ticket.
 */
@Configuration(proxyBeanMethods = false)
@SandboxOnly
class AccessTokenCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final PlatformStore store;

    AccessTokenCheck(PlatformStore store) {
        this.store = store;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(FakeWeChat.PATH + "/cgi-bin/**").excludePathPatterns(
                FakeWeChat.PATH + "/cgi-bin/token", FakeWeChat.PATH + "/cgi-bin/stable_token", FakeWeChat.PATH + "/cgi-bin/showqrcode");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (store.validToken(request.getParameter("access_token"))) {
            return true;
        }
        var refusal = WeChatAnswers.badToken();
        response.setStatus(refusal.getStatusCode().value());
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(refusal.getBody().getBytes(StandardCharsets.UTF_8));
        return false;
    }
}
