package cn.aiigd.pool.notify;

import cn.aiigd.pool.PoolAssistantApplication;
import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 10,000 template messages through the outbox to the fake WeChat answering in 20 ms each, by the
 * real dispatcher and the real WxJava client: throughput against the ideal (concurrency ÷ latency),
 * duplicates (a client_msg_id delivered twice) and losses (a notice never sent), at two
 * concurrency settings, and once with a sender that dies holding part of the outbox. Appends its
 * results to docs/benchmarks.md. Run with bench/notice-dispatch.sh.
 */
public final class NoticeDispatchBenchmark {

    static final int NOTICES = 10_000;
    static final int LATENCY_MS = 20;

    private NoticeDispatchBenchmark() {
    }

    record Run(String name, int concurrency, int batch, double seconds, double perSecond, double ideal, long delivered, long lost,
               long duplicates, long resent) {
    }

    public static void main(String[] args) throws Exception {
        FakeWeChat fake = FakeWeChat.instance();
        fake.templateLatency(LATENCY_MS);
        List<Run> runs = new ArrayList<>();
        runs.add(run("default", 8, 20, false));
        runs.add(run("wider", 32, 64, false));
        runs.add(run("default, a sender dies holding 10 % of the outbox", 8, 20, true));
        StringBuilder md = new StringBuilder("\n## Notification dispatch\n\nMeasured with `bench/notice-dispatch.sh` (")
                .append(java.time.LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores): ").append(NOTICES).append(" template messages written to the outbox, sent by one node's dispatcher ")
                .append("through WxJava to the fake WeChat answering each in ").append(LATENCY_MS).append(" ms. Ideal = concurrency ÷ latency. ")
                .append("Duplicates: a notice delivered twice (the fake, like WeChat, delivers a repeated client_msg_id once, so this counts ")
                .append("notices the fake saw delivered more than once); losses: notices not SENT at the end.\n\n")
                .append("| run | concurrency | batch | seconds | messages/s | ideal/s | of ideal | delivered | re-sent, dropped by client_msg_id | delivered twice | lost |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Run r : runs) {
            md.append(String.format("| %s | %d | %d | %.1f | %.0f | %.0f | %.0f %% | %d | %d | %d | %d |%n", r.name(), r.concurrency(), r.batch(),
                    r.seconds(), r.perSecond(), r.ideal(), 100 * r.perSecond() / r.ideal(), r.delivered(), r.resent(), r.duplicates(), r.lost()));
        }
        md.append("\nTarget (issue 6): ≥ 80 % of the ideal at the default concurrency, no duplicates, no losses.\n");
        Path doc = Path.of("docs/benchmarks.md");
        String existing = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n";
        // Replace only this benchmark's own section; the written findings around it stay.
        int cut = existing.indexOf("\n## Notification dispatch\n");
        int end = cut < 0 ? -1 : existing.indexOf("\n## ", cut + 1);
        String updated = cut < 0 ? existing + md
                : existing.substring(0, cut) + md + (end < 0 ? "" : existing.substring(end));
        Files.writeString(doc, updated);
        System.out.println(md);
        System.exit(0);
    }

    private static Run run(String name, int concurrency, int batch, boolean deadSender) throws Exception {
        FakeWeChat fake = FakeWeChat.instance();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PoolAssistantApplication.class).profiles("test").run(
                "--server.port=0", "--logging.level.root=warn", "--pool.notify.concurrency=" + concurrency,
                "--pool.notify.batch-size=" + batch, "--pool.notify.rate.wechat=100000", "--pool.notify.lease=PT3S",
                "--wx.mp.api-host=" + fake.url())) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            NoticeDispatcher dispatcher = ctx.getBean(NoticeDispatcher.class);
            java.time.Clock clock = ctx.getBean(java.time.Clock.class);
            LocalDateTime now = LocalDateTime.now(clock);
            String vars = "{\"supplierId\":\"1\",\"companyName\":\"广州示例智能科技有限公司\",\"status\":\"待审核\",\"reviewer\":\"联盟\","
                    + "\"reviewDueOn\":\"2021年02月23日\",\"at\":\"2021年02月10日 10:00\"}";
            String tag = "bench-" + System.nanoTime();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < NOTICES; i++) {
                rows.add(new Object[] {tag + ":" + i, "oB" + tag.substring(6) + "-" + i, vars, Timestamp.valueOf(now), Timestamp.valueOf(now), Timestamp.valueOf(now)});
            }
            jdbc.batchUpdate("INSERT INTO notice (idempotency_key, template_key, channel, recipient, variables, rendered, urgent, status, "
                    + "attempts, next_attempt_at, created_at, updated_at) VALUES (?, 'supplier-submitted', 'WECHAT', ?, ?, '', 0, 'PENDING', 0, ?, ?, ?)", rows);
            long deliveredBefore = fake.templatesDelivered();
            long requestsBefore = fake.requests("/cgi-bin/message/template/send").size();
            // Warm-up is part of the run: a node starting cold is the realistic case.
            long start = System.nanoTime();
            boolean killed = false;
            while (true) {
                // The production path: as many claims as there are free senders, never waiting for a batch.
                int got = dispatcher.pump();
                if (deadSender && !killed && sent(jdbc, tag) >= NOTICES / 2) {
                    // A node that claimed 10 % of the outbox and died: its rows stay SENDING under a lease
                    // that runs out; half of them it had already handed to WeChat before dying.
                    List<Long> taken = jdbc.queryForList("SELECT id FROM notice WHERE idempotency_key LIKE ? AND status = 'PENDING' LIMIT ?",
                            Long.class, tag + ":%", NOTICES / 10);
                    for (int i = 0; i < taken.size(); i++) {
                        jdbc.update("UPDATE notice SET status = 'SENDING', lease_until = ? WHERE id = ?",
                                Timestamp.valueOf(LocalDateTime.now(clock).plusSeconds(3)), taken.get(i));
                        if (i % 2 == 0) {
                            sendAsDeadNode(fake, taken.get(i), jdbc);
                        }
                    }
                    killed = true;
                }
                if (got == 0) {
                    Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE idempotency_key LIKE ? AND status IN ('PENDING','SENDING')",
                            Integer.class, tag + ":%");
                    if (open == null || open == 0) {
                        break;
                    }
                    Thread.sleep(20);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long delivered = fake.templatesDelivered() - deliveredBefore;
            long lost = NOTICES - sent(jdbc, tag);
            long duplicates = Math.max(0, delivered - NOTICES);
            long resent = fake.requests("/cgi-bin/message/template/send").size() - requestsBefore - delivered;
            Run r = new Run(name, concurrency, batch, seconds, NOTICES / seconds, concurrency * 1000.0 / LATENCY_MS, delivered, lost, duplicates,
                    resent);
            System.out.println(r);
            return r;
        }
    }

    private static int sent(JdbcTemplate jdbc, String tag) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE idempotency_key LIKE ? AND status = 'SENT'", Integer.class, tag + ":%");
        return n == null ? 0 : n;
    }

    /** What the dead node managed before dying: the same request the dispatcher would make, same client_msg_id. */
    private static void sendAsDeadNode(FakeWeChat fake, long noticeId, JdbcTemplate jdbc) throws Exception {
        String openid = jdbc.queryForObject("SELECT recipient FROM notice WHERE id = ?", String.class, noticeId);
        var http = java.net.http.HttpClient.newHttpClient();
        String body = "{\"touser\":\"" + openid + "\",\"template_id\":\"TPL_SUPPLIER_SUBMITTED\",\"client_msg_id\":\"notice-" + noticeId + "-0\",\"data\":{}}";
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(fake.url() + "/cgi-bin/message/template/send?access_token="
                        + FakeWeChat.TOKEN)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
