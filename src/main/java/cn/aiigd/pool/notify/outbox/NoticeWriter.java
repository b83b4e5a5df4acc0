package cn.aiigd.pool.notify.outbox;

import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.filing.FilingMoved;
import cn.aiigd.pool.notify.sms.AliyunSmsProperties;
import cn.aiigd.pool.notify.template.NoticeTemplate;
import cn.aiigd.pool.notify.template.RenderedNotice;
import cn.aiigd.pool.notify.template.Renderer;
import cn.aiigd.pool.notify.template.TemplateCatalog;
import cn.aiigd.pool.supplier.SupplierAction;
import cn.aiigd.pool.supplier.SupplierStatusChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each status move into its notices, inside the move's own transaction: the move and its
 * notices commit together or not at all. Each row's idempotency key is (event, channel,
 * recipient), so writing the same event twice writes nothing the second time.
 */
@Component
public class NoticeWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final NoticeMapper notices;
    private final TemplateCatalog catalog;
    private final Renderer renderer;
    private final Dictionaries dictionaries;
    private final JsonMapper json;
    private final Clock clock;
    private final String signName;

    NoticeWriter(NoticeMapper notices, TemplateCatalog catalog, Renderer renderer, Dictionaries dictionaries, JsonMapper json,
                 Clock clock, AliyunSmsProperties sms) {
        this.notices = notices;
        this.catalog = catalog;
        this.renderer = renderer;
        this.dictionaries = dictionaries;
        this.json = json;
        this.clock = clock;
        this.signName = sms.signName();
    }

    @EventListener
    void on(SupplierStatusChanged e) {
        List<String> keys = NoticeRules.forSupplier(e);
        if (keys.isEmpty()) {
            return;
        }
        Map<String, String> v = new HashMap<>();
        v.put("supplierId", Long.toString(e.supplierId()));
        v.put("companyName", e.companyName());
        v.put("status", e.to().label());
        v.put("result", switch (e.action()) {
            case APPROVE -> "审核通过";
            case RETURN -> "退回修改";
            case REJECT -> "未通过";
            default -> e.to().label();
        });
        v.put("reason", e.reason());
        v.put("reasonOrNext", e.reason() != null && !e.reason().isBlank() ? e.reason()
                : e.action() == SupplierAction.APPROVE ? "可在申报时间内提交应用产品" : "请查看详情");
        v.put("reviewer", "ALLIANCE".equals(e.reviewScope()) || e.reviewScope() == null ? "广东省工业互联网产业联盟"
                : dictionaries.city(e.reviewScope()).map(c -> c.name() + "工业和信息化主管部门").orElse("注册地工业和信息化主管部门"));
        v.put("reviewDueOn", e.reviewDueOn() == null ? "" : e.reviewDueOn().format(DAY));
        v.put("at", e.at().format(MINUTE));
        v.put("contactName", e.contactName());
        v.put("signName", signName);
        for (String key : keys) {
            write("supplier-move:" + e.historyId(), key, v, e.supplierId(), null, e.boundOpenids(), e.contactMobile(), e.contactEmail());
        }
    }

    /** The day-before reminder of a defense: once per filing and day, whichever node writes it. */
    public void remind(cn.aiigd.pool.filing.DefenseInvitations.Invitee i) {
        Map<String, String> v = new HashMap<>();
        v.put("filingId", Long.toString(i.filingId()));
        v.put("supplierId", Long.toString(i.supplierId()));
        v.put("companyName", i.companyName());
        v.put("productName", i.productName() == null ? "" : i.productName());
        v.put("category", categoryName(i.categoryCode()));
        v.put("status", "答辩提醒");
        v.put("at", LocalDateTime.now(clock).format(MINUTE));
        v.put("contactName", i.contactName());
        v.put("signName", signName);
        putDefense(v, i.defense());
        write("defense-reminder:" + i.filingId() + ":" + i.defense().day(), "defense-reminder", v, i.supplierId(), i.filingId(),
                i.boundOpenids(), i.contactMobile(), null);
    }

    /**
     * One reviewer's daily reminder of the basic reviews in their scope close to or past the deadline,
     * by e-mail and SMS to the contacts on their account; once per reviewer and day.
     */
    public void remindReviewer(long staffId, LocalDate day, Map<String, String> v, String mobile, String email) {
        Map<String, String> all = new HashMap<>(v);
        all.put("signName", signName);
        all.put("at", LocalDateTime.now(clock).format(MINUTE));
        NoticeTemplate t = catalog.require("review-sla");
        RenderedNotice r = renderer.render(t, all);
        String variables = json.writeValueAsString(all);
        String event = "review-sla:" + day + ":staff-" + staffId;
        if (t.sms() != null && mobile != null && !mobile.isBlank()) {
            insert(event, t.key(), Channel.SMS, mobile, null, null, variables, r.smsText(), r.urgent());
        }
        if (t.email() != null && email != null && !email.isBlank()) {
            insert(event, t.key(), Channel.EMAIL, email, null, null, variables, cut(r.emailSubject() + "\n\n" + r.emailBody(), 2000), false);
        }
    }

    private String categoryName(String code) {
        return dictionaries.categories().stream().filter(c -> c.code().equals(code)).map(c -> c.name()).findFirst().orElse(code);
    }

    private static void putDefense(Map<String, String> v, FilingMoved.Defense d) {
        if (d == null) {
            return;
        }
        v.put("defenseTime", d.day().format(DAY) + (d.slotStart() == null ? "" : " " + d.slotStart().format(HM)
                + (d.slotEnd() == null ? "" : "~" + d.slotEnd().format(HM))));
        v.put("venue", d.venue());
        v.put("address", d.address());
        v.put("order", Integer.toString(d.order()));
    }

    @EventListener
    void on(FilingMoved e) {
        List<String> keys = NoticeRules.forFiling(e);
        if (keys.isEmpty()) {
            return;
        }
        Map<String, String> v = new HashMap<>();
        v.put("filingId", Long.toString(e.filingId()));
        v.put("supplierId", Long.toString(e.supplierId()));
        v.put("companyName", e.companyName());
        v.put("productName", e.productName() == null ? "" : e.productName());
        v.put("category", categoryName(e.categoryCode()));
        v.put("status", e.to().label());
        v.put("result", switch (e.action()) {
            case OPEN_PUBLICITY -> "公示中";
            case PUBLISH -> "入选";
            default -> e.to().label();
        });
        v.put("resultDetail", switch (e.action()) {
            case OPEN_PUBLICITY -> e.publicityEndsOn() == null ? "已进入公示" : "公示至" + e.publicityEndsOn().format(DAY);
            case PUBLISH -> "已正式发布，入选省资源池";
            default -> e.to().label();
        });
        v.put("reason", e.reason());
        v.put("reasonOrNext", e.reason() != null && !e.reason().isBlank() ? e.reason() : "请查看详情");
        putDefense(v, e.defense());
        v.put("publicityEndsOn", e.publicityEndsOn() == null ? "" : e.publicityEndsOn().format(DAY));
        v.put("at", e.at().format(MINUTE));
        v.put("contactName", e.contactName());
        v.put("signName", signName);
        for (String key : keys) {
            write("filing-move:" + e.historyId(), key, v, e.supplierId(), e.filingId(), e.boundOpenids(), e.contactMobile(), e.contactEmail());
        }
    }

    private void write(String event, String templateKey, Map<String, String> v, long supplierId, Long filingId, List<String> openids,
                       String mobile, String email) {
        NoticeTemplate t = catalog.require(templateKey);
        RenderedNotice r = renderer.render(t, v);
        String variables = json.writeValueAsString(v);
        if (t.wechat() != null) {
            for (String openid : openids) {
                insert(event, templateKey, Channel.WECHAT, openid, supplierId, filingId, variables, r.wechatText(), false);
            }
        }
        if (t.sms() != null && !t.sms().isFallbackOnly() && mobile != null && !mobile.isBlank()) {
            insert(event, templateKey, Channel.SMS, mobile, supplierId, filingId, variables, r.smsText(), r.urgent());
        }
        if (t.email() != null && email != null && !email.isBlank()) {
            insert(event, templateKey, Channel.EMAIL, email, supplierId, filingId, variables,
                    cut(r.emailSubject() + "\n\n" + r.emailBody(), 2000), false);
        }
    }

    /**
     * One recipient's copy of a broadcast announcement: a template message to a bound follower or an
     * SMS to a supplier's contact. Keyed (broadcast, channel, recipient): a colleague bound to two
     * selected suppliers gets it once, and writing the broadcast again writes nothing.
     * Returns whether a new notice was written.
     */
    public boolean announce(long broadcastId, Channel channel, String recipient, Long supplierId, Map<String, String> v) {
        Map<String, String> all = new HashMap<>(v);
        all.put("signName", signName);
        NoticeTemplate t = catalog.require("announcement");
        RenderedNotice r = renderer.render(t, all);
        String rendered = channel == Channel.SMS ? r.smsText() : r.wechatText();
        return insert("broadcast:" + broadcastId, t.key(), channel, recipient, supplierId, null, json.writeValueAsString(all), rendered,
                false, broadcastId);
    }

    /** One copy of a broadcast for staff to check first; not part of the broadcast's progress. */
    public void preview(long broadcastId, Channel channel, String recipient, Map<String, String> v) {
        Map<String, String> all = new HashMap<>(v);
        all.put("signName", signName);
        NoticeTemplate t = catalog.require("announcement");
        RenderedNotice r = renderer.render(t, all);
        insert("broadcast-preview:" + broadcastId + ":" + java.util.UUID.randomUUID(), t.key(), channel, recipient, null, null,
                json.writeValueAsString(all), channel == Channel.SMS ? r.smsText() : r.wechatText(), false, null);
    }

    /** Also used for the SMS that replaces an undeliverable template message. */
    void insert(String event, String templateKey, Channel channel, String recipient, Long supplierId, Long filingId, String variables,
                String rendered, boolean urgent) {
        insert(event, templateKey, channel, recipient, supplierId, filingId, variables, rendered, urgent, null);
    }

    private boolean insert(String event, String templateKey, Channel channel, String recipient, Long supplierId, Long filingId,
                           String variables, String rendered, boolean urgent, Long broadcastId) {
        LocalDateTime now = LocalDateTime.now(clock);
        Notice n = new Notice();
        n.setIdempotencyKey(event + ":" + templateKey + ":" + channel + ":" + recipient);
        n.setTemplateKey(templateKey);
        n.setChannel(channel);
        n.setRecipient(recipient);
        n.setSupplierId(supplierId);
        n.setFilingId(filingId);
        n.setVariables(variables);
        n.setRendered(cut(rendered, 2000));
        n.setUrgent(urgent);
        n.setStatus(NoticeStatus.PENDING);
        n.setNextAttemptAt(now);
        n.setCreatedAt(now);
        n.setUpdatedAt(now);
        n.setBroadcastId(broadcastId);
        try {
            notices.insert(n);
            return true;
        } catch (DuplicateKeyException e) {
            // Already written for this event: once is enough.
            return false;
        }
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
