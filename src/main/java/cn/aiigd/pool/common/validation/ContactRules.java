package cn.aiigd.pool.common.validation;

import java.util.regex.Pattern;

/** Mainland mobile numbers and e-mail addresses as the forms accept them. */
public final class ContactRules {

    private static final Pattern MOBILE = Pattern.compile("^(?:\\+?86)?1[3-9]\\d{9}$");
    /** Deliberately plain: one @, a dotted domain, no spaces. Deliverability is proven by sending, not by regex. */
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

    private ContactRules() {
    }

    public static boolean isMobile(String s) {
        return s != null && MOBILE.matcher(s).matches();
    }

    /** The 11-digit national form, so "+8613800000000" and "13800000000" are stored alike. */
    public static String normalizeMobile(String s) {
        return s.length() > 11 ? s.substring(s.length() - 11) : s;
    }

    public static boolean isEmail(String s) {
        return s != null && s.length() <= 100 && EMAIL.matcher(s).matches();
    }
}
