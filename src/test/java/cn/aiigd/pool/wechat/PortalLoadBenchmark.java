package cn.aiigd.pool.wechat;

import cn.aiigd.pool.PoolAssistantApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load on the portal over loopback at 32 connections: signed text questions with unique MsgIds
 * (plain and safe mode: verify, dedup, record, answer, encrypt) against the GET URL check as the
 * baseline measured in the same run. Writes docs/benchmarks.md. Run with bench/portal-load.sh.
 */
public final class PortalLoadBenchmark {

    static final int CONNECTIONS = 32;
    static final long WARMUP_MS = 4_000;
    static final long MEASURE_MS = 12_000;
    static final String[] QUESTIONS = {"第二批几号截止", "外省企业能报吗", "做注塑的属于哪个行业", "申报需要什么条件", "现在能报吗",
            "审核要多久", "可以报几个类别", "今天天气怎么样", "港澳台企业可以申报吗", "已经入池了还要报吗"};

    private PortalLoadBenchmark() {
    }

    record Result(String name, double perSecond, double p50, double p99, long errors) {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PoolAssistantApplication.class).profiles("test")
                .run("--server.port=0", "--logging.level.root=warn", "--server.tomcat.threads.max=200")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port + SignedPortal.PATH;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicLong ids = new AtomicLong(System.nanoTime());
            LongFunction<HttpRequest> urlCheck = n -> {
                String ts = SignedPortal.now();
                String nonce = "b" + n;
                return HttpRequest.newBuilder(URI.create(base + "?signature=" + SHA1.gen(SignedPortal.TOKEN, ts, nonce) + "&timestamp=" + ts
                        + "&nonce=" + nonce + "&echostr=e" + n)).GET().build();
            };
            LongFunction<HttpRequest> plain = n -> post(base, SignedPortal.text("oLoad" + (n % 500), QUESTIONS[(int) (n % QUESTIONS.length)],
                    ids.incrementAndGet()), false);
            LongFunction<HttpRequest> safe = n -> post(base, SignedPortal.text("oLoad" + (n % 500), QUESTIONS[(int) (n % QUESTIONS.length)],
                    ids.incrementAndGet()), true);
            List<Result> results = new ArrayList<>();
            results.add(run("GET URL check (baseline)", http, urlCheck));
            results.add(run("text question → answer, plain mode", http, plain));
            results.add(run("text question → answer, safe mode (AES)", http, safe));
            write(results);
        }
    }

    private static HttpRequest post(String base, String xml, boolean safe) {
        String ts = SignedPortal.now();
        String nonce = "p" + System.nanoTime();
        String query = "?signature=" + SHA1.gen(SignedPortal.TOKEN, ts, nonce) + "&timestamp=" + ts + "&nonce=" + nonce + "&openid=o";
        String body = xml;
        if (safe) {
            String cipher = new WxCryptUtil(SignedPortal.TOKEN, SignedPortal.AES_KEY, SignedPortal.APP_ID).encrypt("0123456789abcdef", xml);
            body = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[" + cipher + "]]></Encrypt></xml>";
            query += "&encrypt_type=aes&msg_signature=" + SHA1.gen(SignedPortal.TOKEN, ts, nonce, cipher);
        }
        return HttpRequest.newBuilder(URI.create(base + query)).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static Result run(String name, HttpClient http, LongFunction<HttpRequest> requests) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong seq = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + WARMUP_MS * 1_000_000;
        long end = measureFrom + MEASURE_MS * 1_000_000;
        CountDownLatch done = new CountDownLatch(CONNECTIONS);
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest r = requests.apply(seq.incrementAndGet());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        boolean ok = resp.statusCode() == 200 && !resp.body().equals("success");
                        if (t0 >= measureFrom) {
                            mine.add(t1 - t0);
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                latencies.addAll(mine);
                done.countDown();
            });
            t.start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double perSecond = sorted.size() / (MEASURE_MS / 1000.0);
        Result r = new Result(name, perSecond, ms(sorted, 0.50), ms(sorted, 0.99), errors.get());
        System.out.println(r);
        return r;
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    private static void write(List<Result> results) throws Exception {
        Result baseline = results.get(0);
        StringBuilder md = new StringBuilder("# Benchmarks\n\n## WeChat portal under load\n\n")
                .append("Measured with `bench/portal-load.sh` (").append(java.time.LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append("): the service and the load generator in one JVM over loopback, ").append(CONNECTIONS)
                .append(" connections, ").append(WARMUP_MS / 1000).append(" s warm-up then ").append(MEASURE_MS / 1000)
                .append(" s measured per scenario, against the machine's MariaDB and Redis. Every text message carries a new MsgId, ")
                .append("so each one is verified, claimed in Redis, recorded in `wx_message` and answered by the policy engine.\n\n")
                .append("| scenario | requests/s | ratio to baseline | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append(String.format("| %s | %.0f | %.2f | %.2f | %.2f | %d |%n", r.name(), r.perSecond(), r.perSecond() / baseline.perSecond(),
                    r.p50(), r.p99(), r.errors()));
        }
        md.append("\nTarget (issue 5): question → answer at ≥ 50 % of the baseline's throughput with p99 ≤ 50 ms at 32 connections.\n");
        Files.createDirectories(Path.of("docs"));
        Files.writeString(Path.of("docs/benchmarks.md"), md.toString());
    }
}
