package cn.aiigd.pool.common.error;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every error into an RFC 9457 problem detail whose text a Chinese-speaking person can act on. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return problem(e.status(), e.title(), e.getMessage(), e.fieldProblems());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        // Only the constraint's name: the message itself quotes the values (an openid, a credit code).
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("for key '([^']+)'").matcher(String.valueOf(e.getMostSpecificCause().getMessage()));
        log.info("Unique constraint {} refused a write", m.find() ? m.group(1) : "(unnamed)");
        return problem(HttpStatus.CONFLICT, "重复提交", "该记录已存在，请勿重复提交。", List.of());
    }

    /** A deadlock or lock wait time-out: nothing was changed, and trying again is the answer. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> lockFailure(org.springframework.dao.PessimisticLockingFailureException e) {
        log.warn("Lock conflict: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "状态冲突", "该记录正被他人同时处理，请稍后重试。", List.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<FieldProblem> problems = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "输入有误", "提交的内容有误，请按提示修改后重试。", problems);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误", "参数 " + e.getName() + " 的格式不正确。",
                List.of(new FieldProblem(e.getName(), "格式不正确")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return cast(problem(HttpStatus.BAD_REQUEST, "输入有误", "提交的内容有误，请按提示修改后重试。", problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return cast(problem(HttpStatus.BAD_REQUEST, "输入有误", "提交的内容有误，请按提示修改后重试。", problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.BAD_REQUEST, "请求有误", "请求内容不是有效的 JSON，或字段类型不正确（日期请用 yyyy-MM-dd）。", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.BAD_REQUEST, "输入有误", "缺少参数 " + ex.getParameterName() + "。",
                List.of(new FieldProblem(ex.getParameterName(), "不能为空"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.BAD_REQUEST, "输入有误", "缺少上传的文件 " + ex.getRequestPartName() + "。",
                List.of(new FieldProblem(ex.getRequestPartName(), "请选择要上传的文件"))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.CONTENT_TOO_LARGE, "文件过大", "上传的文件超过了大小上限。",
                List.of(new FieldProblem("file", "文件过大"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getContentType() == null
                ? "请求缺少内容类型：上传文件请用 multipart/form-data，其余请用 application/json。"
                : "不支持的请求格式：" + ex.getContentType() + "。";
        return cast(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求格式不支持", detail, List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.METHOD_NOT_ALLOWED, "方法不支持", "该地址不支持 " + ex.getMethod() + " 请求。", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.NOT_FOUND, "未找到", "请求的地址不存在。", List.of()));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, List<FieldProblem> problems) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        if (!problems.isEmpty()) {
            body.setProperty("errors", problems);
        }
        return ResponseEntity.status(status).body(body);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> e) {
        return (ResponseEntity) e;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
