package vn.pcmt.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from: {@code issuer} (the URL tokens name, the gateway's), {@code jwkSetUri} (where this service
 * fetches the signing keys, the identity server itself) and {@code audience} (what every token must be for).
 */
@ConfigurationProperties("pcmt.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience) {
}
