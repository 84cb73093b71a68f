package vn.pcmt.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Abuse limits (issue 7): each signed-in client (the token's subject) may send {@code pcmt.rate-limit.per-client}
 * requests a second with bursts up to twice that; sign-in (the identity server's endpoints) is limited per address
 * to {@code pcmt.rate-limit.sign-in-per-address}, so passwords and secrets cannot be guessed at speed. Over the limit:
 * 429 problem {@code TOO_MANY_REQUESTS} with {@code Retry-After}, nothing forwarded. Buckets live in memory, one
 * gateway's view: with several gateways each allows its share.
 */
@Component
class RateLimits implements WebFilter, Ordered {

    private static final int MAX_BUCKETS = 100_000;

    private final ObjectMapper mapper;
    private final double perClient;
    private final double signInPerAddress;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(ObjectMapper mapper, @Value("${pcmt.rate-limit.per-client:1000}") double perClient,
               @Value("${pcmt.rate-limit.sign-in-per-address:5}") double signInPerAddress) {
        this.mapper = mapper;
        this.perClient = perClient;
        this.signInPerAddress = signInPerAddress;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith("/oauth2/") || path.equals("/login")) {
            return admit(exchange, chain, "sign-in:" + address(exchange), signInPerAddress);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> "client:" + authentication.getName())
                .flatMap(key -> admit(exchange, chain, key, perClient).then(Mono.just(true)))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).then(Mono.just(true))))
                .then();
    }

    /** After the token check (so the client is known), before routing. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    private Mono<Void> admit(ServerWebExchange exchange, WebFilterChain chain, String key, double perSecond) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear(); // a flood of keys: forget them all rather than grow without bound
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perSecond, 2 * perSecond));
        Duration wait = bucket.take();
        return wait.isZero() ? chain.filter(exchange) : tooMany(exchange, wait);
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, Duration wait) {
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
        return Problems.write(exchange, mapper, Problems.of(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Quá nhiều yêu cầu",
                "TOO_MANY_REQUESTS", "Quá nhiều yêu cầu trong thời gian ngắn; hãy thử lại sau " + Math.max(1, wait.toSeconds()) + " giây."));
    }

    /** A token bucket: {@code rate} tokens a second, holding at most {@code capacity}. */
    static final class Bucket {

        private final double rate;
        private final double capacity;
        private double tokens;
        private long updatedAt = System.nanoTime();

        Bucket(double rate, double capacity) {
            this.rate = rate;
            this.capacity = capacity;
            this.tokens = capacity;
        }

        /** Takes a token: zero when there was one, otherwise how long until there is. */
        synchronized Duration take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - updatedAt) / 1e9 * rate);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) ((1 - tokens) / rate * 1e9));
        }
    }
}
