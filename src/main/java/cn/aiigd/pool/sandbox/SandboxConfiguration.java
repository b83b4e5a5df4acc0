package cn.aiigd.pool.sandbox;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The sandbox's wiring: the guard that keeps it away from the real WeChat, its page, and the one
 * header it must relax. Everything here exists only with {@code pool.sandbox.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@SandboxOnly
class SandboxConfiguration implements WebMvcConfigurer {

    /** Static and first: it must say no before any bean could call WeChat. */
    @Bean
    static SandboxGuard sandboxGuard() {
        return new SandboxGuard();
    }

    /**
     * The page's files live outside {@code static/} on purpose: Boot serves {@code static/} always,
     * and with the sandbox off {@code /sandbox/} must not exist at all.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/sandbox/**").addResourceLocations("classpath:/sandbox-ui/").setCachePeriod(0);
    }

    /**
     * The page shows the H5 pages and WeChat's sign-in in an iframe, which Spring Security's default
     * {@code X-Frame-Options: DENY} forbids even to our own origin. In the sandbox only, the same
     * origin may frame it; production keeps DENY.
     */
    @Bean
    FilterRegistrationBean<Filter> sandboxFraming() {
        Filter filter = (req, res, chain) -> chain.doFilter(req, new SameOriginFraming((HttpServletResponse) res));
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(filter);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.addUrlPatterns("/*");
        return bean;
    }

    private static final class SameOriginFraming extends HttpServletResponseWrapper {
        private static final String HEADER = "X-Frame-Options";

        SameOriginFraming(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, relax(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, relax(name, value));
        }

        private static String relax(String name, String value) {
            return HEADER.equalsIgnoreCase(name) && "DENY".equalsIgnoreCase(value) ? "SAMEORIGIN" : value;
        }
    }
}
