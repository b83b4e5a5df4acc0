package cn.aiigd.pool.notify;

import cn.aiigd.pool.notify.outbox.NoticeOutbox;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aliyun's SmsReport HTTP push: the delivery receipts of sent SMS. Aliyun cannot sign it, so the
 * URL carries a secret ({@code aliyun.sms.report-secret}) that must match; without one configured
 * the endpoint is closed.
 */
@Hidden
@RestController
class SmsReportController {

    private final NoticeOutbox outbox;
    private final String secret;

    SmsReportController(NoticeOutbox outbox, @Value("${aliyun.sms.report-secret:}") String secret) {
        this.outbox = outbox;
        this.secret = secret;
    }

    /** One receipt as Aliyun pushes it. */
    record Report(String phone_number, String send_time, String report_time, Boolean success, String err_code, String err_msg,
                  String biz_id, String out_id) {
    }

    record Ack(int code, String msg) {
    }

    @PostMapping("/api/public/sms-report/{secret}")
    ResponseEntity<Ack> report(@PathVariable("secret") String given, @RequestBody List<Report> reports) {
        if (secret.isBlank() || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Ack(403, "forbidden"));
        }
        for (Report r : reports) {
            outbox.receipt(cn.aiigd.pool.notify.outbox.Channel.SMS, r.biz_id(), Boolean.TRUE.equals(r.success()), r.err_code() == null ? null : r.err_code() + " " + r.err_msg());
        }
        return ResponseEntity.ok(new Ack(0, "接收成功"));
    }
}
