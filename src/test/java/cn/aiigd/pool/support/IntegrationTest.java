package cn.aiigd.pool.support;

import cn.aiigd.pool.common.time.AdjustableClock;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole service on the real MariaDB and Redis (the machine's, or embedded ones on a bare
 * machine), in a schema and Redis prefix of its own. "Today" is pinned to Wednesday 2021-02-10,
 * the day before Spring Festival, unless a test pins it elsewhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({Api.class, Journeys.class})
public abstract class IntegrationTest {

    public static final String DEFAULT_NOW = "2021-02-10T10:00:00+08:00";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected AdjustableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected Api api;
    @Autowired
    protected Journeys journeys;

    /** Every context talks to the one fake WeChat of this test JVM. */
    @org.springframework.test.context.DynamicPropertySource
    static void fakePlatforms(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("wx.mp.api-host", () -> cn.aiigd.pool.fake.FakeWeChat.instance().url());
        registry.add("wx.mp.open-host", () -> cn.aiigd.pool.fake.FakeWeChat.instance().url());
        registry.add("wx.mp.mp-host", () -> cn.aiigd.pool.fake.FakeWeChat.instance().url());
    }

    @BeforeEach
    void pinClock() {
        pin(DEFAULT_NOW);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    protected void pin(String isoWithOffset) {
        clock.pin(OffsetDateTime.parse(isoWithOffset).toInstant());
    }

    /**
     * The count once it reaches {@code expected} (rows some component writes shortly after the
     * request, such as the message log), or whatever it is after two seconds.
     */
    protected int eventuallyCount(int expected, String sql, Object... args) throws InterruptedException {
        long until = System.nanoTime() + 2_000_000_000L;
        int n = count(sql, args);
        while (n < expected && System.nanoTime() < until) {
            Thread.sleep(20);
            n = count(sql, args);
        }
        // Longer than the batch writer's pause: a second row, if there were one, would show now.
        Thread.sleep(250);
        return count(sql, args);
    }

    protected int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
