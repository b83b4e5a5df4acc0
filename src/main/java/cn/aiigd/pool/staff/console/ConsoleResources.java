package cn.aiigd.pool.staff.console;

import cn.aiigd.pool.common.web.PageAssets;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The console's files, cached by browsers as {@link PageAssets} says. */
@Configuration(proxyBeanMethods = false)
class ConsoleResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        PageAssets.serve(registry, "/console", false);
    }
}
