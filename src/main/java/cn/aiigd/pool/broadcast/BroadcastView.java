package cn.aiigd.pool.broadcast;

import cn.aiigd.pool.notify.outbox.NoticeStatus;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A broadcast as the console shows it. For template and SMS broadcasts {@code progress} counts its
 * notices by state (the progress bar: pending and sending, sent, delivered, failed); a mass send
 * carries WeChat's own counts once {@code MASSSENDJOBFINISH} arrives.
 */
public record BroadcastView(long id, BroadcastKind kind, String title, String body, String linkUrl, Audience audience,
                            BroadcastStatus status, LocalDateTime scheduledAt, Integer recipients, Map<NoticeStatus, Long> progress,
                            Mass mass, String lastCode, String lastMessage, String createdBy, LocalDateTime createdAt,
                            LocalDateTime sentAt) {

    public record Mass(String msgId, Integer total, Integer filtered, Integer sent, Integer errors) {
    }
}
