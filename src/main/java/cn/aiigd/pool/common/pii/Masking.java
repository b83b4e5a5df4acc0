package cn.aiigd.pool.common.pii;

/** Masks personal data before it reaches a log line. */
public final class Masking {

    private Masking() {
    }

    /** 13800001234 → 138****1234. */
    public static String mobile(String m) {
        if (m == null || m.length() < 8) {
            return "***";
        }
        return m.substring(0, m.length() - 8) + "****" + m.substring(m.length() - 4);
    }

    /** 440106199001011234 → 4401**********1234. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return "***";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** 020-83256806 → 020-****6806: the area code and the last four digits. */
    public static String landline(String areaCode, String number) {
        String digits = number.replaceAll("[^0-9]", "");
        return areaCode + "-****" + (digits.length() > 4 ? digits.substring(digits.length() - 4) : "");
    }

    /** zhang.san@example.com → z***@example.com. */
    public static String email(String e) {
        if (e == null) {
            return "***";
        }
        int at = e.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return e.charAt(0) + "***" + e.substring(at);
    }

    /** Shows enough of an openid to tell two apart in a log, not enough to use it. */
    public static String openid(String openid) {
        if (openid == null || openid.length() < 8) {
            return "***";
        }
        return openid.substring(0, 4) + "…" + openid.substring(openid.length() - 4);
    }
}
