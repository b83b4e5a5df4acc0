package cn.aiigd.pool.wechat.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The H5 session cookie: HttpOnly (no script reads it), SameSite=Lax (it rides WeChat's sign-in
 * redirect back, but no other site's POST), Secure behind HTTPS ({@code pool.session.secure-cookie}).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfig {

    static final String NAME = "POOLSESSION";

    @Bean
    CookieSerializer cookieSerializer(@Value("${pool.session.secure-cookie:false}") boolean secure) {
        DefaultCookieSerializer s = new DefaultCookieSerializer();
        s.setCookieName(NAME);
        s.setUseHttpOnlyCookie(true);
        s.setSameSite("Lax");
        s.setUseSecureCookie(secure);
        s.setCookiePath("/");
        return s;
    }
}
