package cn.aiigd.pool.wechat;

import cn.aiigd.pool.PoolAssistantApplication;
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
                .run("--server.port=0", "--logging.level.root=warn", "--server.tomcat.threads.max=200", "--server.tomcat.max-keep-alive-requests=-1")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            AtomicLong ids = new AtomicLong(System.nanoTime());
            LongFunction<byte[]> urlCheck = n -> {
                String ts = SignedPortal.now();
                String nonce = "b" + n;
                return ("GET " + SignedPortal.PATH + "?signature=" + SHA1.gen(SignedPortal.TOKEN, ts, nonce) + "&timestamp=" + ts
                        + "&nonce=" + nonce + "&echostr=e" + n + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            };
            LongFunction<byte[]> plain = n -> post(SignedPortal.text("oLoad" + (n % 500), QUESTIONS[(int) (n % QUESTIONS.length)],
                    ids.incrementAndGet()), false);
            // A question nobody asked before: the same questions behind a unique company, so neither
            // the policy index's per-question cache nor anything else has seen the text.
            LongFunction<byte[]> fresh = n -> post(SignedPortal.text("oLoad" + (n % 500), "我们公司编号" + ids.incrementAndGet() + "，"
                    + QUESTIONS[(int) (n % QUESTIONS.length)], ids.incrementAndGet()), false);
            LongFunction<byte[]> safe = n -> post(SignedPortal.text("oLoad" + (n % 500), QUESTIONS[(int) (n % QUESTIONS.length)],
                    ids.incrementAndGet()), true);
            // A node builds its policy index as soon as it is up (seconds, with the sentence model): wait
            // for it as a readiness check would, then warm the answerer (JIT) before anything is timed.
            ctx.getBean(cn.aiigd.pool.policy.PolicyAnswerer.class).answer("申报时间是什么时候", null);
            run("warm-up", port, plain, 3_000);
            List<Result> results = new ArrayList<>();
            results.add(run("GET URL check (baseline)", port, urlCheck, MEASURE_MS));
            results.add(run("text question → answer, plain mode", port, plain, MEASURE_MS));
            results.add(run("text question → answer, safe mode (AES)", port, safe, MEASURE_MS));
            results.add(run("text question never asked before → answer, plain mode", port, fresh, MEASURE_MS));
            write(results);
        }
    }

    private static byte[] post(String xml, boolean safe) {
        String ts = SignedPortal.now();
        String nonce = "p" + System.nanoTime();
        String query = "?signature=" + SHA1.gen(SignedPortal.TOKEN, ts, nonce) + "&timestamp=" + ts + "&nonce=" + nonce + "&openid=o";
        String body = xml;
        if (safe) {
            String cipher = new WxCryptUtil(SignedPortal.TOKEN, SignedPortal.AES_KEY, SignedPortal.APP_ID).encrypt("0123456789abcdef", xml);
            body = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[" + cipher + "]]></Encrypt></xml>";
            query += "&encrypt_type=aes&msg_signature=" + SHA1.gen(SignedPortal.TOKEN, ts, nonce, cipher);
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + SignedPortal.PATH + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\nContent-Length: "
                + b.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + b.length);
        System.arraycopy(b, 0, all, head.length, b.length);
        return all;
    }

    /** Each connection is a plain keep-alive socket, as a load tool such as wrk holds them: cheap on the client side. */
    private static Result run(String name, int port, LongFunction<byte[]> requests, long measureMs) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong seq = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + WARMUP_MS * 1_000_000;
        long end = measureFrom + measureMs * 1_000_000;
        CountDownLatch done = new CountDownLatch(CONNECTIONS);
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                java.net.Socket socket = null;
                while (System.nanoTime() < end) {
                    byte[] r = requests.apply(seq.incrementAndGet());
                    long t0 = System.nanoTime();
                    try {
                        if (socket == null) {
                            socket = new java.net.Socket("127.0.0.1", port);
                            socket.setTcpNoDelay(true);
                        }
                        socket.getOutputStream().write(r);
                        String body = readResponse(new java.io.BufferedInputStream(socket.getInputStream()) {
                            @Override
                            public void close() {
                            }
                        });
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            mine.add(t1 - t0);
                            if (body == null || body.equals("success")) {
                                errors.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        socket = null;
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
        double perSecond = sorted.size() / (measureMs / 1000.0);
        Result r = new Result(name, perSecond, ms(sorted, 0.50), ms(sorted, 0.99), errors.get());
        System.out.println(r);
        return r;
    }

    /** Status 200 with a Content-Length body → the body; anything else → null. */
    private static String readResponse(java.io.InputStream in) throws java.io.IOException {
        String status = line(in);
        int length = -1;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(h.substring(15).trim());
            }
        }
        byte[] body = length < 0 ? new byte[0] : in.readNBytes(length);
        return status.contains(" 200 ") ? new String(body, StandardCharsets.UTF_8) : null;
    }

    private static String line(java.io.InputStream in) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        if (c == -1 && sb.isEmpty()) {
            throw new java.io.EOFException();
        }
        return sb.toString();
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    private static void write(List<Result> results) throws Exception {
        Result baseline = results.get(0);
        StringBuilder md = new StringBuilder("## WeChat portal under load\n\n")
                .append("Measured with `bench/portal-load.sh` (").append(java.time.LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append("): the service and the load generator (plain keep-alive sockets) in one JVM over loopback, ").append(CONNECTIONS)
                .append(" connections, ").append(WARMUP_MS / 1000).append(" s warm-up then ").append(MEASURE_MS / 1000)
                .append(" s measured per scenario, against the machine's MariaDB and Redis. Every text message carries a new MsgId, ")
                .append("so each one is verified, claimed in Redis, recorded in `wx_message` and answered by the policy engine. ")
                .append("The first two question scenarios ask ").append(QUESTIONS.length).append(" common questions in turn, as applicants do, ")
                .append("so the policy index's per-question cache answers them after the first time; the last asks every question ")
                .append("behind a new company number, so nothing is cached.\n\n")
                .append("| scenario | requests/s | ratio to baseline | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append(String.format("| %s | %.0f | %.2f | %.2f | %.2f | %d |%n", r.name(), r.perSecond(), r.perSecond() / baseline.perSecond(),
                    r.p50(), r.p99(), r.errors()));
        }
        md.append("\nTarget (issue 5): question → answer at ≥ 50 % of the baseline's throughput with p99 ≤ 50 ms at 32 connections.\n");
        // Replaces this section only; the other benchmarks' sections and the written findings stay.
        Path doc = Path.of("docs/benchmarks.md");
        String existing = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n\n";
        String heading = "## WeChat portal under load";
        int start = existing.indexOf(heading);
        int end = start < 0 ? -1 : existing.indexOf("\n## ", start + heading.length());
        String updated = start < 0 ? existing + "\n" + md
                : existing.substring(0, start) + md + (end < 0 ? "" : existing.substring(end + 1));
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, updated);
    }
}
