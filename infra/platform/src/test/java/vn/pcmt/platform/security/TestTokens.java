package vn.pcmt.platform.security;

import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens for tests, signed with a key made for this JVM, in the identity server's shape: issuer, audience, subject,
 * {@code role}, {@code areas}. {@link #forTests()} is the caller every service test acts as unless it says otherwise.
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1:8080";
    public static final String AUDIENCE = "pcmt-api";
    private static final RSAKey KEY = generate();

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An officer of the whole country (area {@link Caller#NATIONAL}), what every service test acts as unless it names
     * another caller: the tests of who may see what name their callers themselves.
     */
    public static String forTests() {
        return issue("test-officer", "PROVINCE_OFFICER", List.of(Caller.NATIONAL), ISSUER, AUDIENCE, Instant.now().plusSeconds(3600));
    }

    public static String issue(String subject, String role, List<String> areas) {
        return issue(subject, role, areas, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600));
    }

    public static String issue(String subject, String role, List<String> areas, String issuer, String audience, Instant expiresAt) {
        return sign(KEY, subject, role, areas, issuer, audience, expiresAt);
    }

    /** The same claims signed with another key: what a forger would send. */
    public static String forged(String subject, String role, List<String> areas) {
        return sign(generate(), subject, role, areas, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600));
    }

    private static String sign(RSAKey key, String subject, String role, List<String> areas, String issuer, String audience,
                               Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer(issuer).audience(audience)
                .issueTime(Date.from(expiresAt.minusSeconds(3600))).expirationTime(Date.from(expiresAt))
                .claim("role", role).claim("areas", areas).jwtID(UUID.randomUUID().toString()).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
