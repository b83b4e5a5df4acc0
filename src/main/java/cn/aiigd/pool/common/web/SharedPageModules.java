package cn.aiigd.pool.common.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Browser modules that the applicant pages and the staff console both import (/shared/router.js). */
@Configuration(proxyBeanMethods = false)
class SharedPageModules implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        PageAssets.serve(registry, "/shared", false);
    }
}
