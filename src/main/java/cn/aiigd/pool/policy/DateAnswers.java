package cn.aiigd.pool.policy;

import cn.aiigd.pool.filing.Batch;
import cn.aiigd.pool.filing.Batches;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Answers that depend on today: computed from the batch table and the service clock. */
@Component
class DateAnswers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日");

    /**
     * The batch table is read at most every few seconds, not on every "现在能报吗": it changes once a
     * year, and a change reaches the answers as quickly as a knowledge-base edit reaches the index.
     */
    private static final java.time.Duration BATCHES_FRESH_FOR = java.time.Duration.ofSeconds(3);

    private final Batches batches;
    private final Clock clock;
    private volatile List<Batch> cached;
    private volatile long cachedAt;

    DateAnswers(Batches batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    private List<Batch> batches() {
        List<Batch> b = cached;
        if (b == null || System.nanoTime() - cachedAt > BATCHES_FRESH_FOR.toNanos()) {
            b = List.copyOf(batches.all());
            cached = b;
            cachedAt = System.nanoTime();
        }
        return b;
    }

    String answer(String topicKey) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Batch> all = batches();
        Optional<Batch> open = all.stream().filter(b -> b.isOpenAt(now)).findFirst();
        Optional<Batch> next = all.stream().filter(b -> b.opensAt().isAfter(now)).findFirst();
        String today = "今天是" + now.format(DAY) + "。";
        return switch (topicKey) {
            case "dynamic.next-batch" -> today + next.map(b -> "下一批为" + b.name() + "，申报时间为" + window(b) + "。"
                            + open.map(o -> "当前" + o.name() + "正在申报中，" + o.closesAt().format(SHORT) + "截止。").orElse(""))
                    .orElse(open.map(o -> "当前" + o.name() + "正在申报中（" + window(o) + "），之后暂无已安排的批次。")
                            .orElse("目前没有已安排的申报批次，请关注公众号“广东省工业互联网产业联盟”的通知。"));
            default -> open.map(b -> today + "现在正值" + b.name() + "申报时间（" + window(b) + "），可以申报，"
                            + daysLeft(now.toLocalDate(), b.closesAt().toLocalDate()) + "。")
                    .orElseGet(() -> today + "现在不在申报时间内。" + next.map(b -> "下一批（" + b.name() + "）申报时间为" + window(b) + "。")
                            .orElse("目前没有已安排的申报批次，请关注公众号“广东省工业互联网产业联盟”的通知。"));
        };
    }

    private static String window(Batch b) {
        return b.opensAt().format(DAY) + "至" + b.closesAt().format(SHORT);
    }

    private static String daysLeft(LocalDate today, LocalDate closes) {
        long days = ChronoUnit.DAYS.between(today, closes);
        return days == 0 ? "今天（" + closes.format(SHORT) + "）是最后一天" : "距" + closes.format(SHORT) + "截止还有" + days + "天";
    }
}
