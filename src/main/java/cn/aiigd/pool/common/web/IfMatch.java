package cn.aiigd.pool.common.web;

import cn.aiigd.pool.common.error.ApiException;

/** Reads an {@code If-Match} header carrying a record's version number ("3", "\"3\"" or W/"3"). */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version, or null when the header is absent: then no stale-write check is made. */
    public static Integer version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(header.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match 应为记录的 version 数字");
        }
    }
}
