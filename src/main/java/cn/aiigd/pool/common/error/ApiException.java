package cn.aiigd.pool.common.error;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error the caller can act on. The message is Chinese and says what to fix; it becomes the
 * {@code detail} of an RFC 9457 problem body, with field errors where they apply.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> fieldProblems;

    public ApiException(HttpStatus status, String title, String detail, List<FieldProblem> fieldProblems) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static ApiException invalid(List<FieldProblem> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, "输入有误", "提交的内容有误，请按提示修改后重试。", problems);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "请求有误", detail, List.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "未找到", detail, List.of());
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "未登录", detail, List.of());
    }

    /** An account locked after too many wrong passwords (423 Locked). */
    public static ApiException locked(String detail) {
        return new ApiException(HttpStatus.LOCKED, "账号已锁定", detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "无权操作", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "状态冲突", detail, List.of());
    }

    public static ApiException conflict(String field, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "状态冲突", detail, List.of(new FieldProblem(field, detail)));
    }

    public static ApiException tooLarge(String field, String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "文件过大", detail, List.of(new FieldProblem(field, detail)));
    }

    public static ApiException unsupportedMedia(String field, String detail) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件类型不支持", detail,
                List.of(new FieldProblem(field, detail)));
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
