package cn.aiigd.pool.common.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI poolOpenApi() {
        return new OpenAPI()
                .info(new Info().title("广东省工业互联网产业生态供给资源池 · 公众号后台 API")
                        .description("申报企业（微信登录）、工作人员（账号登录）与公共字典接口。错误以 RFC 9457 problem+json 返回，字段错误在 errors 中。")
                        .version("v1"))
                .components(new Components()
                        .addSecuritySchemes("staff", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("工作人员账号"))
                        .addSecuritySchemes("applicant", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("微信登录后得到的会话令牌（本地环境可用 /api/dev/applicant-session 模拟）")));
    }
}
