package cn.aiigd.pool.notify.template;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The variables each kind of event offers to templates, and the one way they are filled in. */
public final class Variables {

    public static final Set<String> SUPPLIER = Set.of("supplierId", "companyName", "status", "result", "reason", "reasonOrNext",
            "reviewer", "reviewDueOn", "at", "contactName", "signName");
    public static final Set<String> FILING = Set.of("filingId", "supplierId", "companyName", "productName", "category", "status",
            "result", "resultDetail", "reason", "reasonOrNext", "defenseTime", "venue", "address", "order", "publicityEndsOn", "at",
            "contactName", "signName");
    /** A reviewer's reminder of basic reviews close to or past their deadline. */
    public static final Set<String> REVIEWER = Set.of("reviewerName", "scopeName", "overdue", "dueSoon", "today", "horizon", "items",
            "consoleLink", "at", "signName");
    /** An announcement staff broadcast. */
    public static final Set<String> BROADCAST = Set.of("broadcastId", "title", "summary", "body", "at", "signName");
    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    private Variables() {
    }

    public static Set<String> of(String event) {
        return switch (event) {
            case "supplier" -> SUPPLIER;
            case "filing" -> FILING;
            case "reviewer" -> REVIEWER;
            case "broadcast" -> BROADCAST;
            default -> Set.of();
        };
    }

    /** {name} replaced by its value; a variable without a value becomes empty, never "{name}". */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static Set<String> used(String text) {
        Set<String> names = new java.util.LinkedHashSet<>();
        if (text != null) {
            Matcher m = VARIABLE.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
