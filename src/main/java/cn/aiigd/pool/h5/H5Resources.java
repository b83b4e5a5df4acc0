package cn.aiigd.pool.h5;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How phones cache the pages. Vendored files carry their version in the name, so they are kept for a
 * year without asking again. The shell and our own modules are not renamed per release, so the
 * browser revalidates them each time (a cheap 304 by Last-Modified): a release never leaves a phone
 * with a mix of old and new modules.
 */
@Configuration(proxyBeanMethods = false)
class H5Resources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/h5/vendor/**")
                .addResourceLocations("classpath:/static/h5/vendor/")
                .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
        registry.addResourceHandler("/h5/**")
                .addResourceLocations("classpath:/static/h5/")
                .setCacheControl(CacheControl.noCache());
    }
}
