package vn.pcmt.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** Where a circuit breaker sends a request whose service is down or too slow: a problem response, never a hang. */
@RestController
class ServiceUnavailableController {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableController.class);

    @RequestMapping("/fallback/unavailable")
    ResponseEntity<ProblemDetail> unavailable(ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        // an open breaker refuses thousands a second: the causes that open it are what an operator needs
        if (!(cause instanceof CallNotPermittedException)) {
            log.warn("{} {} answered 503: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), cause == null ? "no cause" : cause.toString());
        }
        // A write that timed out may have been stored all the same: say so rather than invite a duplicate.
        boolean read = HttpMethod.GET.equals(exchange.getRequest().getMethod()) || HttpMethod.HEAD.equals(exchange.getRequest().getMethod());
        ProblemDetail problem = Problems.of(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Dịch vụ tạm thời không khả dụng",
                "SERVICE_UNAVAILABLE", read ? "Dịch vụ tạm thời không phản hồi. Hãy thử lại sau ít phút."
                        : "Dịch vụ không phản hồi kịp; chưa rõ yêu cầu đã được ghi nhận hay chưa. Hãy kiểm tra hồ sơ trước khi gửi lại.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
