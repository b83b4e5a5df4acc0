package cn.aiigd.pool.staff.console;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How browsers cache the console. Our modules keep their names across releases, so the browser
 * revalidates them each time (a cheap 304): a release never leaves a reviewer with a mix of old and
 * new modules. Vendored files would carry their version in the name and may be kept for a year.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console/vendor/**")
                .addResourceLocations("classpath:/static/console/vendor/")
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
        registry.addResourceHandler("/console/**")
                .addResourceLocations("classpath:/static/console/")
                .setCacheControl(CacheControl.noCache());
    }
}
