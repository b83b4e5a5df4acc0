package cn.aiigd.pool;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PoolAssistantApplication {

    public static void main(String[] args) {
        SpringApplication.run(PoolAssistantApplication.class, args);
    }
}
