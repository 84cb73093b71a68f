package vn.pcmt.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Abuse limits (issue 7): no request body over {@code pcmt.gateway.max-body} (1 MB: a subject's record with its history
 * is a few kilobytes) reaches a service, whatever the token: 413 problem {@code BODY_TOO_LARGE}, nothing forwarded. A
 * body that declares its length is judged by it before a byte is read; one sent in chunks is read up to the limit and
 * forwarded with its length, or refused as soon as it goes over.
 */
@Component
class BodySizeLimit implements WebFilter, Ordered {

    private final ObjectMapper mapper;
    private final int maxBytes;

    BodySizeLimit(ObjectMapper mapper, @Value("${pcmt.gateway.max-body:1MB}") DataSize maxBody) {
        this.mapper = mapper;
        this.maxBytes = Math.toIntExact(maxBody.toBytes());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0 || !request.getHeaders().containsKey(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), maxBytes)
                .map(BodySizeLimit::bytes)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> chain.filter(exchange.mutate().request(withBody(request, body, exchange)).build()))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange));
    }

    /** Before the token check: an oversized body is refused before anything else is done with it. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private static byte[] bytes(DataBuffer joined) {
        byte[] bytes = new byte[joined.readableByteCount()];
        joined.read(bytes);
        DataBufferUtils.release(joined);
        return bytes;
    }

    /** The request with its body read: sent on with its length instead of in chunks. */
    private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.length);
        return new ServerHttpRequestDecorator(request) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return Problems.write(exchange, mapper, Problems.of(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Nội dung quá lớn",
                "BODY_TOO_LARGE", "Nội dung yêu cầu vượt quá " + maxBytes / 1024 + " KB cho phép."));
    }
}
