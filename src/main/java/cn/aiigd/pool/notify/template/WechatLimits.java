package cn.aiigd.pool.notify.template;

import java.util.Map;

/**
 * WeChat's limits per keyword type (since 2023-05). A value over its limit is cut to fit, with an
 * ellipsis where text is cut, so that WeChat never refuses the message with 47003.
 */
final class WechatLimits {

    /** Longest value per type, in characters; absent types have no limit here. */
    static final Map<String, Integer> MAX = Map.ofEntries(Map.entry("thing", 20), Map.entry("number", 32), Map.entry("letter", 32),
            Map.entry("symbol", 5), Map.entry("character_string", 32), Map.entry("time", 32), Map.entry("date", 32),
            Map.entry("amount", 32), Map.entry("phone_number", 17), Map.entry("car_number", 8), Map.entry("name", 10),
            Map.entry("phrase", 5), Map.entry("const", 20));

    private WechatLimits() {
    }

    static boolean known(String type) {
        return MAX.containsKey(type);
    }

    static String fit(String type, String value) {
        String v = value == null ? "" : value.strip();
        if ("number".equals(type)) {
            v = v.replaceAll("[^0-9.]", "");
        }
        int max = MAX.getOrDefault(type, Integer.MAX_VALUE);
        if (v.codePointCount(0, v.length()) <= max) {
            return v;
        }
        boolean text = type.equals("thing") || type.equals("name") || type.equals("const");
        int keep = text ? max - 1 : max;
        return v.substring(0, v.offsetByCodePoints(0, keep)) + (text ? "…" : "");
    }
}
