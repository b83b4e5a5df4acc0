package cn.aiigd.pool.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.PoolAssistantApplication;
import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application instances on the same MariaDB schema and Redis prefix, as two nodes behind a load
 * balancer: WeChat's retries of one message land on both, and it is handled once.
 */
class TwoNodesIT extends IntegrationTest {

    @Autowired
    Environment env;

    @Test
    void oneMessageThroughTwoNodesIsHandledOnce() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PoolAssistantApplication.class).profiles("test").run(
                "--server.port=0", "--pool.local.enabled=false",
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                "--spring.data.redis.host=" + env.getProperty("spring.data.redis.host"),
                "--spring.data.redis.port=" + env.getProperty("spring.data.redis.port"),
                "--pool.redis.key-prefix=" + env.getProperty("pool.redis.key-prefix"),
                "--wx.mp.api-host=" + FakeWeChat.instance().url())) {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            SignedPortal first = new SignedPortal(mvc);
            HttpClient http = HttpClient.newHttpClient();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                for (int round = 0; round < 5; round++) {
                    String openid = "oTwo" + SignedPortal.newMsgId();
                    String xml = SignedPortal.text(openid, "第二批什么时候开始", SignedPortal.newMsgId());
                    List<Callable<String>> tries = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        tries.add(() -> first.send(first.plain(xml)).getResponse().getContentAsString(StandardCharsets.UTF_8));
                        tries.add(() -> http.send(signedPost(port, xml), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
                    }
                    List<String> replies = new ArrayList<>();
                    for (Future<String> f : pool.invokeAll(tries)) {
                        replies.add(f.get());
                    }
                    assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ?", openid)).as("round " + round).isEqualTo(1);
                    // Every try got the answer, or an empty success while the first was still at work.
                    assertThat(replies).allMatch(r -> r.equals("success") || r.contains("8月1日"));
                    assertThat(replies).anyMatch(r -> r.contains("8月1日"));
                }
                // A retry that reaches the other node after the answer gets the same answer, which
                // only the shared Redis record can give (the database row only says "handled").
                String openid = "oTwoSeq" + SignedPortal.newMsgId();
                String xml = SignedPortal.text(openid, "外省企业能报吗", SignedPortal.newMsgId());
                String onFirst = first.send(first.plain(xml)).getResponse().getContentAsString(StandardCharsets.UTF_8);
                String onSecond = http.send(signedPost(port, xml), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                assertThat(onFirst).contains("香港");
                assertThat(onSecond).isEqualTo(onFirst);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static HttpRequest signedPost(int port, String xml) {
        String ts = SignedPortal.now();
        String nonce = "t" + SignedPortal.newMsgId();
        URI uri = URI.create("http://127.0.0.1:" + port + SignedPortal.PATH + "?signature=" + SHA1.gen(SignedPortal.TOKEN, ts, nonce)
                + "&timestamp=" + ts + "&nonce=" + nonce + "&openid=o");
        return HttpRequest.newBuilder(uri).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build();
    }
}
