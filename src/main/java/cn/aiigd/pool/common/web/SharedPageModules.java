package cn.aiigd.pool.common.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Browser modules that the applicant pages and the staff console both import (/shared/router.js).
 * Like their own modules they keep their names across releases, so the browser revalidates them
 * each time: a release never leaves a page with an old router and new pages.
 */
@Configuration(proxyBeanMethods = false)
class SharedPageModules implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/shared/**")
                .addResourceLocations("classpath:/static/shared/")
                .setCacheControl(CacheControl.noCache());
    }
}
