package cn.aiigd.pool.notify.outbox;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.notify.template.TemplateCatalog;
import cn.aiigd.pool.supplier.SupplierDirectory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other parts may do with the outbox: read it, resend a failed notice, fall back to SMS. */
@Service
public class NoticeOutbox {

    private final NoticeMapper notices;
    private final NoticeWriter writer;
    private final TemplateCatalog catalog;
    private final SupplierDirectory suppliers;
    private final Clock clock;
    private final tools.jackson.databind.json.JsonMapper json;
    private final cn.aiigd.pool.notify.template.Renderer renderer;

    NoticeOutbox(NoticeMapper notices, NoticeWriter writer, TemplateCatalog catalog, SupplierDirectory suppliers, Clock clock,
                 tools.jackson.databind.json.JsonMapper json, cn.aiigd.pool.notify.template.Renderer renderer) {
        this.json = json;
        this.renderer = renderer;
        this.notices = notices;
        this.writer = writer;
        this.catalog = catalog;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    /**
     * A template message that cannot reach a follower who no longer follows: its SMS form goes to
     * the supplier's contact instead, once (its own idempotency key).
     */
    public boolean fallBackToSms(Notice failed) {
        var t = catalog.require(failed.getTemplateKey());
        if (t.sms() == null || failed.getSupplierId() == null) {
            return false;
        }
        String mobile = suppliers.summary(failed.getSupplierId()).contactMobile();
        if (mobile == null || mobile.isBlank()) {
            return false;
        }
        var vars = failed.getVariables();
        String text = renderer.render(t, json.readValue(vars, new tools.jackson.core.type.TypeReference<java.util.Map<String, String>>() { }))
                .smsText();
        // The same key the event's own SMS has: if the contact already gets this notice by SMS, the
        // fallback adds nothing; several followers who left add one SMS, not one each.
        String key = failed.getIdempotencyKey();
        String marker = ":" + failed.getTemplateKey() + ":" + Channel.WECHAT + ":";
        String event = key.contains(marker) ? key.substring(0, key.indexOf(marker)) : "notice-" + failed.getId();
        writer.insert(event, failed.getTemplateKey(), Channel.SMS, mobile, failed.getSupplierId(), failed.getFilingId(), vars, text,
                t.sms().isUrgent());
        return true;
    }

    /**
     * A platform's delivery receipt for a sent notice (WeChat's TEMPLATESENDJOBFINISH, Aliyun's
     * SmsReport): DELIVERED, or FAILED with the platform's reason. Unknown ids change nothing.
     */
    @Transactional
    public boolean receipt(Channel channel, String platformId, boolean delivered, String reason) {
        if (platformId == null || platformId.isBlank()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int n = notices.receipt(platformId, channel, delivered ? NoticeStatus.DELIVERED : NoticeStatus.FAILED, now);
        if (n > 0 && !delivered) {
            notices.update(null, new com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper<Notice>()
                    .eq(Notice::getPlatformId, platformId).eq(Notice::getChannel, channel).set(Notice::getLastCode, "RECEIPT")
                    .set(Notice::getLastMessage, reason == null ? "delivery failed" : reason.length() > 500 ? reason.substring(0, 500) : reason));
        }
        return n > 0;
    }

    public List<Notice> find(Long supplierId, Long filingId, NoticeStatus status, int limit) {
        var q = new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<Notice>()
                .eq(supplierId != null, Notice::getSupplierId, supplierId)
                .eq(filingId != null, Notice::getFilingId, filingId)
                .eq(status != null, Notice::getStatus, status)
                .orderByDesc(Notice::getId).last("LIMIT " + Math.max(1, Math.min(limit, 500)));
        return notices.selectList(q);
    }

    /** Notices per day, channel and state since a day (the dashboard). */
    public List<NoticeMapper.DailyCount> daily(java.time.LocalDate from) {
        return notices.daily(from.atStartOfDay());
    }

    /** A broadcast's notices by state: its progress bar. */
    public Map<NoticeStatus, Long> progress(long broadcastId) {
        Map<NoticeStatus, Long> counts = new java.util.EnumMap<>(NoticeStatus.class);
        for (NoticeStatus st : NoticeStatus.values()) {
            counts.put(st, 0L);
        }
        notices.selectList(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<Notice>()
                        .select(Notice::getStatus).eq(Notice::getBroadcastId, broadcastId))
                .forEach(n -> counts.merge(n.getStatus(), 1L, Long::sum));
        return counts;
    }

    /** A broadcast's notices, one per recipient, with their final state. */
    public List<Notice> ofBroadcast(long broadcastId, int limit) {
        return notices.selectList(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<Notice>()
                .eq(Notice::getBroadcastId, broadcastId).orderByAsc(Notice::getId).last("LIMIT " + Math.max(1, Math.min(limit, 5000))));
    }

    public Notice get(long id) {
        Notice n = notices.selectById(id);
        if (n == null) {
            throw ApiException.notFound("通知不存在");
        }
        return n;
    }

    public List<NoticeMapper.AttemptRow> attempts(long id) {
        get(id);
        return notices.attempts(id);
    }

    /** A failed notice goes out again now; anything else is left alone. */
    @Transactional
    public Notice resend(long id) {
        Notice n = notices.selectOne(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<Notice>()
                .eq(Notice::getId, id).last("FOR UPDATE"));
        if (n == null) {
            throw ApiException.notFound("通知不存在");
        }
        if (n.getStatus() != NoticeStatus.FAILED) {
            throw ApiException.conflict("只有发送失败的通知可以重发（当前：" + n.getStatus() + "）");
        }
        n.setStatus(NoticeStatus.PENDING);
        n.setResends(n.getResends() + 1);
        n.setNextAttemptAt(LocalDateTime.now(clock));
        n.setUpdatedAt(LocalDateTime.now(clock));
        notices.updateById(n);
        return n;
    }
}
