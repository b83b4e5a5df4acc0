package cn.aiigd.pool.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.PoolAssistantApplication;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bare machine: nothing answers on the database and Redis ports, so the service must bring up
 * its embedded MariaDB and Redis, migrate, and work.
 */
class EmbeddedFallbackIT {

    @Test
    void withNothingListeningTheServiceStartsOnEmbeddedMariaDbAndRedis() throws Exception {
        int closedDb = closedPort();
        int closedRedis = closedPort();
        try (var ctx = new SpringApplicationBuilder(PoolAssistantApplication.class).profiles("test").run(
                "--server.port=0",
                "--pool.local.mariadb-port=" + closedDb,
                "--pool.local.redis-port=" + closedRedis)) {
            String url = ctx.getEnvironment().getProperty("spring.datasource.url");
            assertThat(url).doesNotContain(":" + closedDb + "/").doesNotContain(":3306/");
            assertThat(ctx.getEnvironment().getProperty("spring.data.redis.port", Integer.class))
                    .isNotIn(closedRedis, 6379);

            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM city", Integer.class)).isEqualTo(21);

            StringRedisTemplate redis = ctx.getBean(StringRedisTemplate.class);
            redis.opsForValue().set("pool:fallback-check", "ok");
            assertThat(redis.opsForValue().get("pool:fallback-check")).isEqualTo("ok");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
