package cn.aiigd.pool.broadcast;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.common.pii.Masking;
import cn.aiigd.pool.common.validation.ContactRules;
import cn.aiigd.pool.filing.FilingDirectory;
import cn.aiigd.pool.notify.outbox.Channel;
import cn.aiigd.pool.notify.outbox.NoticeOutbox;
import cn.aiigd.pool.notify.outbox.NoticeWriter;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.SupplierDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announcements staff send (群发). Template and SMS broadcasts are written to the notification
 * outbox in one transaction with the status change, a row per recipient keyed by the broadcast:
 * the outbox's dispatchers deliver them with retries, and a second click finds the broadcast no
 * longer a draft. A mass send is one WeChat call carrying the broadcast id as clientmsgid.
 */
@Service
public class Broadcasts {

    private static final Logger log = LoggerFactory.getLogger(Broadcasts.class);
    /** WeChat: a service account's follower receives at most four mass messages a month. */
    static final int MASS_PER_MONTH = 4;
    static final int MAX_TRIES = 6;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");

    private final BroadcastMapper broadcasts;
    private final SupplierDirectory suppliers;
    private final FilingDirectory filings;
    private final NoticeWriter writer;
    private final NoticeOutbox outbox;
    private final MassSender mass;
    private final JsonMapper json;
    private final Clock clock;

    Broadcasts(BroadcastMapper broadcasts, SupplierDirectory suppliers, FilingDirectory filings, NoticeWriter writer, NoticeOutbox outbox,
               MassSender mass, JsonMapper json, Clock clock) {
        this.broadcasts = broadcasts;
        this.suppliers = suppliers;
        this.filings = filings;
        this.writer = writer;
        this.outbox = outbox;
        this.mass = mass;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public BroadcastView create(StaffPrincipal staff, BroadcastForm f) {
        List<FieldProblem> p = new ArrayList<>();
        if (f.kind() == null) {
            p.add(new FieldProblem("kind", "请选择发送方式：群发、模板消息或短信"));
        }
        int titleMax = f.kind() == BroadcastKind.SMS ? 35 : 60;
        if (f.title() == null || f.title().isBlank() || f.title().strip().length() > titleMax) {
            p.add(new FieldProblem("title", "请填写标题（不超过 " + titleMax + " 字" + (f.kind() == BroadcastKind.SMS ? "，短信模板变量的上限" : "") + "）"));
        }
        if (f.body() == null || f.body().isBlank() || f.body().strip().length() > 600) {
            p.add(new FieldProblem("body", "请填写正文（不超过 600 字）"));
        }
        if (f.linkUrl() != null && !f.linkUrl().isBlank() && !isWebLink(f.linkUrl().strip())) {
            p.add(new FieldProblem("linkUrl", "链接应以 http:// 或 https:// 开头，不超过 512 个字符"));
        }
        if (f.audience() == null) {
            p.add(new FieldProblem("audience", "请选择接收对象"));
        } else if (f.kind() != null) {
            p.addAll(f.audience().problems(f.kind()));
        }
        if (!p.isEmpty()) {
            throw ApiException.invalid(p);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Broadcast b = new Broadcast();
        b.setKind(f.kind());
        b.setTitle(f.title().strip());
        b.setBody(f.body().strip());
        b.setLinkUrl(f.linkUrl() == null || f.linkUrl().isBlank() ? null : f.linkUrl().strip());
        b.setAudience(json.writeValueAsString(f.audience()));
        b.setStatus(BroadcastStatus.DRAFT);
        b.setCreatedBy(staff.username());
        b.setCreatedAt(now);
        b.setUpdatedAt(now);
        broadcasts.insert(b);
        return view(b);
    }

    public List<BroadcastView> list(int limit) {
        return broadcasts.selectList(new LambdaQueryWrapper<Broadcast>().orderByDesc(Broadcast::getId)
                .last("LIMIT " + Math.max(1, Math.min(limit, 200)))).stream().map(this::view).toList();
    }

    public BroadcastView get(long id) {
        return view(require(id));
    }

    /** Mass sends this calendar month (Beijing time), which count against every follower's four. */
    public int massesThisMonth() {
        return broadcasts.massesSince(LocalDateTime.now(clock).toLocalDate().withDayOfMonth(1).atStartOfDay());
    }

    /** One recipient's copy per broadcast recipient, masked: the final per-recipient result. */
    public List<Map<String, Object>> recipients(long id) {
        require(id);
        return outbox.ofBroadcast(id, 5000).stream().map(n -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("noticeId", n.getId());
            row.put("channel", n.getChannel());
            row.put("recipient", n.getChannel().masked(n.getRecipient()));
            row.put("supplierId", n.getSupplierId());
            row.put("status", n.getStatus());
            row.put("lastCode", n.getLastCode());
            return row;
        }).toList();
    }

    /**
     * Sends now, or at {@code at}. A mass send that would give followers more than four this month
     * is refused with a warning unless {@code overMonthlyLimit} says staff read it. Returns the
     * broadcast; a mass send still has to be handed to WeChat ({@link #dispatchMass}) after commit.
     */
    @Transactional
    public BroadcastView send(long id, LocalDateTime at, boolean overMonthlyLimit) {
        Broadcast b = broadcasts.lock(id);
        if (b == null) {
            throw ApiException.notFound("通知不存在");
        }
        if (b.getStatus() != BroadcastStatus.DRAFT && b.getStatus() != BroadcastStatus.SCHEDULED) {
            throw ApiException.conflict("该通知已" + label(b.getStatus()) + "，不能再次发送");
        }
        if (b.getKind() == BroadcastKind.MASS && !overMonthlyLimit && massesThisMonth() >= MASS_PER_MONTH) {
            throw ApiException.conflict("overMonthlyLimit", "本月已群发 " + massesThisMonth() + " 次。服务号每位关注者每月最多收到 "
                    + MASS_PER_MONTH + " 条群发消息，再发多数人将收不到。确认仍要发送，请勾选“已知晓”后重试。");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (at != null && at.isAfter(now)) {
            b.setStatus(BroadcastStatus.SCHEDULED);
            b.setScheduledAt(at);
            b.setUpdatedAt(now);
            broadcasts.updateById(b);
            return view(b);
        }
        start(b, now);
        return view(b);
    }

    /** Starts a broadcast whose time has come (the caller holds its row lock). */
    void start(Broadcast b, LocalDateTime now) {
        b.setSentAt(now);
        b.setUpdatedAt(now);
        if (b.getKind() == BroadcastKind.MASS) {
            b.setStatus(BroadcastStatus.SENDING);
            broadcasts.updateById(b);
            return;
        }
        Audience a = audience(b);
        Set<Long> ids = null;
        if (a.batchId() != null || a.filingStatus() != null) {
            ids = new LinkedHashSet<>(filings.supplierIdsWithFilings(a.batchId(), a.filingStatus()));
        }
        if (a.supplierIds() != null) {
            ids = ids == null ? new LinkedHashSet<>(a.supplierIds()) : retain(ids, a.supplierIds());
        }
        Map<String, String> v = new HashMap<>();
        v.put("broadcastId", Long.toString(b.getId()));
        v.put("title", b.getTitle());
        v.put("summary", b.getBody());
        v.put("body", b.getBody());
        v.put("at", now.format(MINUTE));
        int written = 0;
        for (var s : suppliers.matching(a.everyone() ? null : a.city(), a.everyone() ? null : a.supplierStatus(), ids)) {
            if (b.getKind() == BroadcastKind.TEMPLATE) {
                for (String openid : s.boundOpenids()) {
                    written += writer.announce(b.getId(), Channel.WECHAT, openid, s.id(), v) ? 1 : 0;
                }
            } else if (s.contactMobile() != null && ContactRules.isMobile(s.contactMobile())) {
                written += writer.announce(b.getId(), Channel.SMS, s.contactMobile(), s.id(), v) ? 1 : 0;
            }
        }
        b.setRecipients(written);
        b.setStatus(BroadcastStatus.SENT);
        broadcasts.updateById(b);
        log.info("Broadcast {} ({}) written for {} recipients", b.getId(), b.getKind(), written);
    }

    /**
     * Hands a mass send to WeChat, once per call and only while it is SENDING: a node takes the try
     * by counting it, so two nodes do not call at once, and clientmsgid covers the rest.
     */
    public BroadcastView dispatchMass(long id) {
        Broadcast b = require(id);
        if (b.getKind() != BroadcastKind.MASS || b.getStatus() != BroadcastStatus.SENDING) {
            return view(b);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (broadcasts.takeTry(id, b.getAttempts(), now) == 0) {
            return view(require(id));
        }
        MassSender.Result r = mass.send(b, audience(b));
        Broadcast after = require(id);
        after.setLastCode(r.code());
        after.setLastMessage(r.message() == null ? null : r.message().length() > 500 ? r.message().substring(0, 500) : r.message());
        after.setUpdatedAt(LocalDateTime.now(clock));
        switch (r.kind()) {
            case ACCEPTED -> {
                after.setStatus(BroadcastStatus.SENT);
                if (r.msgId() != null) {
                    after.setPlatformMsgId(r.msgId());
                }
            }
            case FAILED -> after.setStatus(BroadcastStatus.FAILED);
            case RETRY -> {
                if (after.getAttempts() >= MAX_TRIES) {
                    after.setStatus(BroadcastStatus.FAILED);
                }
            }
        }
        broadcasts.updateById(after);
        if (after.getStatus() == BroadcastStatus.FAILED) {
            log.warn("Mass send {} failed: {} {}", id, r.code(), r.message());
        }
        return view(after);
    }

    /** Sends the broadcast to one person first: a WeChat openid (mass and template) or a mobile (SMS). */
    public String preview(long id, String to) {
        Broadcast b = require(id);
        if (to == null || to.isBlank()) {
            throw ApiException.invalid("to", b.getKind() == BroadcastKind.SMS ? "请填写接收预览的手机号" : "请填写接收预览的微信 openid");
        }
        String target = to.strip();
        switch (b.getKind()) {
            case MASS -> {
                requireOpenid(target);
                MassSender.Result r = mass.preview(b, target);
                if (r.kind() != MassSender.Result.Kind.ACCEPTED) {
                    throw ApiException.badRequest("微信拒绝了预览（" + r.code() + " " + r.message() + "），请确认该用户已关注公众号");
                }
                return Masking.openid(target);
            }
            case TEMPLATE -> {
                requireOpenid(target);
                writer.preview(b.getId(), Channel.WECHAT, target, previewVariables(b));
                return Masking.openid(target);
            }
            default -> {
                if (!ContactRules.isMobile(target)) {
                    throw ApiException.invalid("to", "手机号应为 11 位中国大陆手机号");
                }
                writer.preview(b.getId(), Channel.SMS, ContactRules.normalizeMobile(target), previewVariables(b));
                return Masking.mobile(target);
            }
        }
    }

    @Transactional
    public BroadcastView cancel(long id) {
        Broadcast b = broadcasts.lock(id);
        if (b == null) {
            throw ApiException.notFound("通知不存在");
        }
        if (b.getStatus() != BroadcastStatus.DRAFT && b.getStatus() != BroadcastStatus.SCHEDULED) {
            throw ApiException.conflict("该通知已" + label(b.getStatus()) + "，不能取消");
        }
        b.setStatus(BroadcastStatus.CANCELLED);
        b.setUpdatedAt(LocalDateTime.now(clock));
        broadcasts.updateById(b);
        return view(b);
    }

    /** WeChat's MASSSENDJOBFINISH: the counts of a mass send. */
    public boolean massFinished(String msgId, String status, Integer total, Integer filtered, Integer sent, Integer errors) {
        return msgId != null && broadcasts.massFinished(msgId, status, total, filtered, sent, errors, LocalDateTime.now(clock)) > 0;
    }

    private Map<String, String> previewVariables(Broadcast b) {
        Map<String, String> v = new HashMap<>();
        v.put("broadcastId", Long.toString(b.getId()));
        v.put("title", b.getTitle());
        v.put("summary", b.getBody());
        v.put("body", b.getBody());
        v.put("at", LocalDateTime.now(clock).format(MINUTE));
        return v;
    }

    private static void requireOpenid(String s) {
        if (!s.matches("^[A-Za-z0-9_-]{6,64}$")) {
            throw ApiException.invalid("to", "openid 应为 6–64 位字母、数字、下划线或连字符");
        }
    }

    private static Set<Long> retain(Set<Long> ids, List<Long> keep) {
        ids.retainAll(new java.util.HashSet<>(keep));
        return ids;
    }

    private static boolean isWebLink(String s) {
        if (s.length() > 512 || !(s.startsWith("https://") || s.startsWith("http://"))) {
            return false;
        }
        try {
            return URI.create(s).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Broadcast require(long id) {
        Broadcast b = broadcasts.selectById(id);
        if (b == null) {
            throw ApiException.notFound("通知不存在");
        }
        return b;
    }

    Audience audience(Broadcast b) {
        return json.readValue(b.getAudience(), Audience.class);
    }

    private BroadcastView view(Broadcast b) {
        var progress = b.getKind() == BroadcastKind.MASS ? null : outbox.progress(b.getId());
        var massView = b.getKind() == BroadcastKind.MASS
                ? new BroadcastView.Mass(b.getPlatformMsgId(), b.getMassTotal(), b.getMassFiltered(), b.getMassSent(), b.getMassErrors()) : null;
        return new BroadcastView(b.getId(), b.getKind(), b.getTitle(), b.getBody(), b.getLinkUrl(), audience(b), b.getStatus(),
                b.getScheduledAt(), b.getRecipients(), progress, massView, b.getLastCode(), b.getLastMessage(), b.getCreatedBy(),
                b.getCreatedAt(), b.getSentAt());
    }

    private static String label(BroadcastStatus s) {
        return switch (s) {
            case SENDING -> "在发送中";
            case SENT -> "发送";
            case FAILED -> "发送失败";
            case CANCELLED -> "取消";
            default -> "处理";
        };
    }
}
