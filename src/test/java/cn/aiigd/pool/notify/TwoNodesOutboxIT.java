package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.PoolAssistantApplication;
import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.support.IntegrationTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Two application instances on one MariaDB outbox and one Redis: every notice goes out once. */
class TwoNodesOutboxIT extends IntegrationTest {

    @Autowired
    Environment env;
    @Autowired
    NoticeDispatcher dispatcher;

    @Test
    void twoNodesDispatchingTheSameOutboxSendEachNoticeOnce() throws Exception {
        FakeWeChat.instance().reset();
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status IN ('PENDING', 'SENDING')");
        for (int i = 0; i < 10; i++) {
            journeys.approvedSupplier(api.applicant());
        }
        int due = count("SELECT COUNT(*) FROM notice WHERE status = 'PENDING'");
        assertThat(due).isEqualTo(20);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PoolAssistantApplication.class).profiles("test").run(
                "--server.port=0", "--pool.local.enabled=false",
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                "--spring.data.redis.host=" + env.getProperty("spring.data.redis.host"),
                "--spring.data.redis.port=" + env.getProperty("spring.data.redis.port"),
                "--pool.redis.key-prefix=" + env.getProperty("pool.redis.key-prefix"),
                "--pool.notify.batch-size=3", "--pool.notify.concurrency=4",
                // Both nodes keep the same time, as real nodes do within seconds: leases are judged by it.
                "--pool.clock.fixed=" + DEFAULT_NOW,
                "--wx.mp.api-host=" + FakeWeChat.instance().url())) {
            NoticeDispatcher other = second.getBean(NoticeDispatcher.class);
            var pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Integer>> nodes = List.of(() -> drain(dispatcher), () -> drain(other), () -> drain(dispatcher), () -> drain(other));
                pool.invokeAll(nodes);
            } finally {
                pool.shutdown();
            }
        }
        List<LoggedRequest> sends = FakeWeChat.instance().requests("/cgi-bin/message/template/send");
        Map<String, Long> perNotice = sends.stream()
                .map(r -> r.getBodyAsString().replaceAll("(?s).*\"client_msg_id\":\"([^\"]+)\".*", "$1"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perNotice).hasSize(due);
        assertThat(perNotice.values()).allMatch(n -> n == 1);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE status IN ('PENDING', 'SENDING')")).isZero();
    }

    private static int drain(NoticeDispatcher d) {
        int n = 0;
        int got;
        while ((got = d.dispatchOnce()) > 0) {
            n += got;
        }
        return n;
    }
}
