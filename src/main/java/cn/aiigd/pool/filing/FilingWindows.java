package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.error.ApiException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** The batch windows as rules: when a filing may be started and submitted (通知 一（一）). */
@Component
class FilingWindows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Batches batches;
    private final Clock clock;

    FilingWindows(Batches batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    /** The batch open now, or 409 saying when the next one opens or that none is planned. */
    Batch requireOpen() {
        return batches.openNow().orElseThrow(() -> ApiException.conflict(closedMessage("当前不在申报时间内。")));
    }

    /** A draft may be submitted only while its own batch is open. */
    void requireOpen(Batch batch) {
        if (!batch.isOpenAt(LocalDateTime.now(clock))) {
            String lead = LocalDateTime.now(clock).isBefore(batch.opensAt())
                    ? batch.name() + "尚未开始。"
                    : batch.name() + "已于 " + batch.closesAt().format(WHEN) + " 截止。";
            throw ApiException.conflict(closedMessage(lead));
        }
    }

    private String closedMessage(String lead) {
        return batches.nextAfterNow()
                .map(b -> lead + "下一批（" + b.name() + "）申报时间为 " + b.opensAt().format(WHEN) + " 至 "
                        + b.closesAt().format(WHEN) + "。")
                .orElse(lead + "目前没有已安排的申报批次，请关注公众号“广东省工业互联网产业联盟”的通知。");
    }
}
