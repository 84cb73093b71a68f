package vn.pcmt.gateway;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Tokens for the gateway's tests, signed with a key made for this JVM and checked with the gateway's own validators. */
final class GatewayTestSupport {

    static final RSAKey KEY = key();

    private GatewayTestSupport() {
    }

    @TestConfiguration
    static class TestKey {
        @Bean
        @Primary
        ReactiveJwtDecoder testJwtDecoder() throws JOSEException {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(TokenCheck.validator("http://127.0.0.1:8080", "pcmt-api"));
            return decoder;
        }
    }

    static String token(String audience, Instant expiresAt) {
        return token("xa-17167-system", audience, expiresAt);
    }

    static String token(String subject, String audience, Instant expiresAt) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), new JWTClaimsSet.Builder()
                    .subject(subject).issuer("http://127.0.0.1:8080").audience(audience).expirationTime(Date.from(expiresAt))
                    .issueTime(Date.from(expiresAt.minusSeconds(900))).claim("role", "COMMUNE_OFFICER").claim("areas", List.of("17167"))
                    .build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("gateway-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
