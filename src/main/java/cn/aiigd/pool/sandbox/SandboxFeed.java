package cn.aiigd.pool.sandbox;

import cn.aiigd.pool.notify.RecordedMessages;
import cn.aiigd.pool.sandbox.platform.FakeWeChat;
import cn.aiigd.pool.sandbox.platform.TemplateCards;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What arrived, as the recording channel stored it: template cards and customer-service texts
 * (WeChat), SMS and e-mails — for one follower (their openid and their companies' contact mobile
 * and e-mail) or for everyone. Newest first; {@code after} lets the page poll for what is new.
 */
@Component
@SandboxOnly
class SandboxFeed {

    static final int MAX = 200;

    private final RecordedMessages recorded;
    private final SimulatedFollowers followers;

    SandboxFeed(RecordedMessages recorded, SimulatedFollowers followers) {
        this.recorded = recorded;
        this.followers = followers;
    }

    /** One line of a card: a keyword's label and value. */
    record Line(String label, String value) {
    }

    /**
     * One message. {@code kind}: CARD (template message), KEFU (customer-service text), SMS or EMAIL.
     * A card has a title, lines and maybe a link; the others a text.
     */
    record Item(long id, String kind, String channel, String recipient, String template, String title, List<Line> lines, String link,
                String text, LocalDateTime createdAt) {
    }

    /** A page of the feed and the cursor to poll from next (the newest id seen). */
    record Page(long cursor, List<Item> items) {
    }

    Page read(String openid, long after, int limit) {
        Set<String> recipients = null;
        if (openid != null && !openid.isBlank()) {
            recipients = new LinkedHashSet<>();
            recipients.add(openid);
            recipients.addAll(followers.contactsOf(openid));
        }
        List<RecordedMessages.Recorded> rows = recorded.newest(recipients, Math.max(0, after), Math.max(1, Math.min(limit, MAX)));
        List<Item> items = rows.stream().map(SandboxFeed::item).toList();
        long cursor = rows.isEmpty() ? Math.max(0, after) : rows.get(0).id();
        return new Page(cursor, items);
    }

    static Item item(RecordedMessages.Recorded r) {
        if ("WECHAT".equals(r.channel()) && !FakeWeChat.KEFU.equals(r.template())) {
            return card(r);
        }
        String kind = "WECHAT".equals(r.channel()) ? "KEFU" : r.channel();
        return new Item(r.id(), kind, r.channel(), r.recipient(), r.template(), null, List.of(), null, r.content(), r.createdAt());
    }

    /** Reads back the card text the in-app WeChat stored: "【title】", "label：value" lines, "详情：link". */
    private static Item card(RecordedMessages.Recorded r) {
        String[] rows = r.content().split("\n");
        String title = rows[0].startsWith("【") && rows[0].endsWith("】") ? rows[0].substring(1, rows[0].length() - 1) : rows[0];
        List<Line> lines = new ArrayList<>();
        String link = null;
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].startsWith(TemplateCards.LINK_PREFIX)) {
                link = rows[i].substring(TemplateCards.LINK_PREFIX.length());
                continue;
            }
            int colon = rows[i].indexOf('：');
            lines.add(colon < 0 ? new Line("", rows[i]) : new Line(rows[i].substring(0, colon), rows[i].substring(colon + 1)));
        }
        return new Item(r.id(), "CARD", r.channel(), r.recipient(), r.template(), title, lines, link, r.content(), r.createdAt());
    }
}
