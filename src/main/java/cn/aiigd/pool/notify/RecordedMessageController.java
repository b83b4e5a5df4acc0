package cn.aiigd.pool.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "管理员：已记录的消息", description = "未配置微信、短信或邮件账号时（内置默认运行），本应发出的消息按渲染后的内容记录在此。")
@RestController
class RecordedMessageController {

    private final RecordedMessages recorded;

    RecordedMessageController(RecordedMessages recorded) {
        this.recorded = recorded;
    }

    /** A recorded message with its recipient masked. */
    record RecordedView(long id, String channel, String recipient, String template, String content, LocalDateTime createdAt) {
    }

    @Operation(summary = "最近记录的消息", description = "最新的在前；收件人已脱敏。")
    @GetMapping("/api/staff/recorded-messages")
    List<RecordedView> latest(@RequestParam(defaultValue = "50") int limit) {
        return recorded.latest(Math.max(1, Math.min(limit, 500))).stream()
                .map(r -> new RecordedView(r.id(), r.channel(), cn.aiigd.pool.notify.outbox.Channel.valueOf(r.channel()).masked(r.recipient()),
                        r.template(), r.content(), r.createdAt())).toList();
    }
}
