package cn.aiigd.pool.wechat.oauth;

import java.util.regex.Pattern;

/** Where sign-in may send a follower back to: a path of this service, never another site. */
final class ReturnPaths {

    /** One leading slash, then no scheme, no second slash, no backslash, no control characters. */
    private static final Pattern SAFE = Pattern.compile("^/(?![/\\\\])[^\\\\\\s\\p{Cntrl}]*$");
    static final String DEFAULT = "/h5/";

    private ReturnPaths() {
    }

    static boolean isSafe(String path) {
        if (path == null || path.length() > 512 || !SAFE.matcher(path).matches() || path.contains("//")
                || path.toLowerCase(java.util.Locale.ROOT).contains("%2f%2f") || path.toLowerCase(java.util.Locale.ROOT).contains("%5c")) {
            return false;
        }
        try {
            // What the callback will redirect to must be a URI, or the sign-in would end in an error.
            java.net.URI u = java.net.URI.create(path);
            return u.getScheme() == null && u.getAuthority() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
