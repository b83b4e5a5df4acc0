package cn.aiigd.pool.h5;

import cn.aiigd.pool.common.web.PageAssets;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The applicant pages' files, cached by phones as {@link PageAssets} says. */
@Configuration(proxyBeanMethods = false)
class H5Resources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        PageAssets.serve(registry, "/h5", true);
    }
}
