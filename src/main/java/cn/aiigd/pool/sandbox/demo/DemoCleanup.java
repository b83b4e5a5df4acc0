package cn.aiigd.pool.sandbox.demo;

import cn.aiigd.pool.sandbox.SandboxOnly;
import cn.aiigd.pool.sandbox.SimulatedFollowers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes what the sandbox's people made, so the demo can start over: the simulated followers, every
 * supplier only they are bound to (with its filings, files' records, histories, memberships and
 * notices), the review rounds the demo reviewers opened, and the messages recorded for all of them.
 *
 * <p>Plain SQL on purpose: the service never deletes a supplier, a filing or a history row — its
 * records are append-only — so there is no service to call, and there must not be one outside the
 * sandbox. Uploaded files stay in the file folder (their rows go; nothing refers to them).
 */
@Component
@SandboxOnly
public class DemoCleanup {

    private static final String SANDBOX = SimulatedFollowers.OPENID_PREFIX + "%";
    private static final List<String> REVIEWERS = List.of(DemoCast.GUANGZHOU.username(), DemoCast.ALLIANCE.username());

    private final JdbcTemplate jdbc;

    DemoCleanup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How much went. */
    public record Removed(int followers, int suppliers, int filings, int messages) {
    }

    @Transactional
    public Removed removeSandboxRows() {
        List<Long> suppliers = jdbc.queryForList("""
                SELECT DISTINCT b.supplier_id FROM supplier_binding b WHERE b.openid LIKE ?
                AND NOT EXISTS (SELECT 1 FROM supplier_binding o WHERE o.supplier_id = b.supplier_id AND o.openid NOT LIKE ?)
                """, Long.class, SANDBOX, SANDBOX);
        List<Long> filings = suppliers.isEmpty() ? List.of()
                : jdbc.queryForList("SELECT id FROM filing WHERE supplier_id IN (" + marks(suppliers) + ")", Long.class, suppliers.toArray());
        Set<String> contacts = new LinkedHashSet<>();
        if (!suppliers.isEmpty()) {
            jdbc.query("SELECT contact_mobile, contact_email FROM supplier WHERE id IN (" + marks(suppliers) + ")", rs -> {
                contacts.add(rs.getString(1));
                contacts.add(rs.getString(2));
            }, suppliers.toArray());
        }
        jdbc.query("SELECT email, mobile FROM staff_account WHERE username IN (" + marks(REVIEWERS) + ")", rs -> {
            contacts.add(rs.getString(1));
            contacts.add(rs.getString(2));
        }, REVIEWERS.toArray());
        contacts.remove(null);

        removeNotices(suppliers, filings, contacts);
        if (!filings.isEmpty()) {
            for (String table : List.of("objection", "membership", "filing_file", "filing_direction", "filing_history")) {
                jdbc.update("DELETE FROM " + table + " WHERE filing_id IN (" + marks(filings) + ")", filings.toArray());
            }
            jdbc.update("DELETE FROM filing WHERE id IN (" + marks(filings) + ")", filings.toArray());
        }
        // The review rounds the demo opened, unless someone else's filing is in them.
        jdbc.update("DELETE FROM defense_session WHERE created_by IN (" + marks(REVIEWERS) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.defense_session_id = defense_session.id)", REVIEWERS.toArray());
        jdbc.update("DELETE FROM publicity WHERE created_by IN (" + marks(REVIEWERS) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.publicity_id = publicity.id)"
                + " AND NOT EXISTS (SELECT 1 FROM objection o WHERE o.publicity_id = publicity.id)", REVIEWERS.toArray());
        jdbc.update("DELETE FROM onsite_draw WHERE drawn_by IN (" + marks(REVIEWERS) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.onsite_draw_id = onsite_draw.id)", REVIEWERS.toArray());
        if (!suppliers.isEmpty()) {
            jdbc.update("DELETE FROM change_request_file WHERE change_request_id IN (SELECT id FROM change_request WHERE supplier_id IN ("
                    + marks(suppliers) + "))", suppliers.toArray());
            for (String table : List.of("change_request", "membership", "supplier_file", "supplier_industry", "supplier_case",
                    "supplier_history", "supplier_binding")) {
                jdbc.update("DELETE FROM " + table + " WHERE supplier_id IN (" + marks(suppliers) + ")", suppliers.toArray());
            }
            jdbc.update("DELETE FROM supplier WHERE id IN (" + marks(suppliers) + ")", suppliers.toArray());
        }
        jdbc.update("DELETE FROM supplier_binding WHERE openid LIKE ?", SANDBOX);
        int messages = jdbc.update("DELETE FROM recorded_message WHERE recipient LIKE ?", SANDBOX);
        if (!contacts.isEmpty()) {
            messages += jdbc.update("DELETE FROM recorded_message WHERE recipient IN (" + marks(contacts) + ")", contacts.toArray());
        }
        jdbc.update("DELETE FROM wx_message WHERE openid LIKE ?", SANDBOX);
        int followers = jdbc.update("DELETE FROM wx_follower WHERE openid LIKE ?", SANDBOX);
        return new Removed(followers, suppliers.size(), filings.size(), messages);
    }

    /** Notices of those suppliers and filings, to sandbox followers, and the demo reviewers' reminders. */
    private void removeNotices(List<Long> suppliers, List<Long> filings, Set<String> contacts) {
        List<String> where = new ArrayList<>(List.of("recipient LIKE ?"));
        List<Object> args = new ArrayList<>(List.of(SANDBOX));
        if (!suppliers.isEmpty()) {
            where.add("supplier_id IN (" + marks(suppliers) + ")");
            args.addAll(suppliers);
        }
        if (!filings.isEmpty()) {
            where.add("filing_id IN (" + marks(filings) + ")");
            args.addAll(filings);
        }
        if (!contacts.isEmpty()) {
            where.add("(supplier_id IS NULL AND recipient IN (" + marks(contacts) + "))");
            args.addAll(contacts);
        }
        String condition = String.join(" OR ", where);
        jdbc.update("DELETE FROM notice_attempt WHERE notice_id IN (SELECT id FROM notice WHERE " + condition + ")", args.toArray());
        jdbc.update("DELETE FROM notice WHERE " + condition, args.toArray());
    }

    private static String marks(Collection<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(","));
    }
}
