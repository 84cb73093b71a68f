package vn.pcmt.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * Every refused request becomes an RFC 9457 {@code application/problem+json} with a Vietnamese {@code title} and
 * {@code detail}, a stable {@code code}, the {@code errors} at fault and the request's {@code traceId} (API.md).
 */
@RestControllerAdvice
@Order(0)
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    static final String TYPE_BASE = "https://pcmt.vn/problems/";

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STALE_VERSION -> HttpStatus.PRECONDITION_FAILED;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        ResponseEntity<ProblemDetail> response = problem(status, refusal.code(), refusal.getMessage(), refusal.errors());
        refusal.properties().forEach(response.getBody()::setProperty);
        return response;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        if (e.getCause() instanceof Refusal refusal) {
            return refused(refusal);
        }
        return unexpected(e);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), fieldCode(f.getCode()), f.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Dữ liệu gửi lên không hợp lệ.", errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(error -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), fieldCode(error.getCodes() == null ? null
                        : error.getCodes()[error.getCodes().length - 1]), error.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Tham số không hợp lệ.", errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidConstraint(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(parameterName(v.getPropertyPath()),
                        fieldCode(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()), v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Dữ liệu gửi lên không hợp lệ.", errors);
    }

    /** A method parameter's path is {@code method.parameter}: the client knows the parameter only. */
    private static String parameterName(jakarta.validation.Path path) {
        String name = null;
        for (jakarta.validation.Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            String message = mismatch instanceof InvalidFormatException
                    ? "Giá trị không đúng định dạng." : "Kiểu dữ liệu không đúng.";
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "Dữ liệu gửi lên không đúng định dạng.",
                    List.of(new FieldProblem(field, "INVALID_FORMAT", message)));
        }
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                "Dữ liệu gửi lên không đúng định dạng JSON.", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatchedParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "Tham số không đúng định dạng.",
                List.of(new FieldProblem(e.getName(), "INVALID_FORMAT", "Giá trị không đúng định dạng.")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Thiếu tham số bắt buộc.",
                List.of(new FieldProblem(e.getParameterName(), "REQUIRED", "Không được để trống.")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Thiếu tiêu đề bắt buộc.",
                List.of(new FieldProblem(e.getHeaderName(), "REQUIRED", "Không được để trống.")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String accepted = e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().collect(Collectors.joining(", "));
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Chỉ nhận dữ liệu dạng " + accepted + ".", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "Phương thức không được hỗ trợ.", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Không tìm thấy địa chỉ yêu cầu.", List.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Không tìm thấy hồ sơ.", List.of());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> duplicateIdentifier(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "DUPLICATE", "Hồ sơ với mã này đã tồn tại.", List.of());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "STALE_VERSION", "Hồ sơ đã được cập nhật (phiên bản "
                + e.getActualVersion() + "); hãy tải lại và kiểm tra trước khi gửi lại.", List.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "Hồ sơ vừa được người khác thay đổi; hãy tải lại và thử lại.", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return problem(status, status.name(), title(status) + ".", List.of());
        }
        log.error("Unexpected failure", e);
        // A write may have been stored before the failure (the store has no transactions): never claim it was not.
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "Lỗi hệ thống. Hãy báo mã truy vết cho quản trị viên và kiểm tra hồ sơ trước khi gửi lại.", List.of());
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title(status));
        problem.setProperty("code", code);
        problem.setProperty("errors", errors);
        problem.setProperty("traceId", MDC.get(RequestIds.MDC_KEY));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Yêu cầu không hợp lệ";
            case UNAUTHORIZED -> "Chưa xác thực";
            case FORBIDDEN -> "Không có quyền";
            case NOT_FOUND -> "Không tìm thấy";
            case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ";
            case NOT_ACCEPTABLE -> "Không hỗ trợ định dạng trả về được yêu cầu";
            case PAYLOAD_TOO_LARGE -> "Dữ liệu gửi lên quá lớn";
            case CONFLICT -> "Xung đột dữ liệu";
            case PRECONDITION_FAILED -> "Phiên bản dữ liệu đã cũ";
            case UNSUPPORTED_MEDIA_TYPE -> "Định dạng dữ liệu không được hỗ trợ";
            case UNPROCESSABLE_ENTITY -> "Vi phạm quy tắc nghiệp vụ";
            case TOO_MANY_REQUESTS -> "Quá nhiều yêu cầu";
            default -> "Lỗi hệ thống";
        };
    }

    /** Bean Validation constraint names become the stable field codes of API.md. */
    public static String fieldCode(String constraint) {
        if (constraint == null) {
            return "INVALID";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Pattern" -> "PATTERN";
            case "Size", "Length" -> "SIZE";
            case "Past", "PastOrPresent" -> "DATE_IN_FUTURE";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "OUT_OF_RANGE";
            default -> constraint.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        };
    }
}
