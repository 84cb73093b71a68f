package vn.pcmt.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The problems the gateway answers itself (RFC 9457, as the services' `ProblemResponses`): a Vietnamese detail, a stable code. */
final class Problems {

    private Problems() {
    }

    /** A problem of {@code status}, typed {@code https://pcmt.vn/problems/<type>}, with the request's trace id. */
    static ProblemDetail of(ServerWebExchange exchange, HttpStatus status, String type, String title, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://pcmt.vn/problems/" + type));
        problem.setTitle(title);
        problem.setProperty("code", code);
        problem.setProperty("traceId", exchange.getRequest().getHeaders().getFirst(RequestIdFilter.HEADER));
        return problem;
    }

    /** Answers {@code problem} with its status; headers already set on the response stay. */
    static Mono<Void> write(ServerWebExchange exchange, ObjectMapper mapper, ProblemDetail problem) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            return response.writeWith(Mono.just(response.bufferFactory().wrap(mapper.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8))));
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
    }
}
