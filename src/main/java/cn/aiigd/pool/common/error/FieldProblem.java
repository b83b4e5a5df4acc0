package cn.aiigd.pool.common.error;

/** One field's complaint, in Chinese, as it appears in a problem detail's {@code errors} list. */
public record FieldProblem(String field, String message) {
}
