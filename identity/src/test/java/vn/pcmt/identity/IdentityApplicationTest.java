package vn.pcmt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in as commune systems and people do it, and what their tokens say. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class IdentityApplicationTest {

    static final Path KEY_FILE = tempDir().resolve("signing-key.json");
    /** SAS reads an authorisation request's parameters from the query string. */
    static final String AUTHORIZE = "/oauth2/authorize?response_type=code&client_id=pcmt-web&scope=openid"
            + "&redirect_uri=http://127.0.0.1:8080/login/callback";

    @DynamicPropertySource
    static void keyFile(DynamicPropertyRegistry registry) {
        registry.add("pcmt.identity.key-file", KEY_FILE::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @Test
    void givenACommuneSystem_whenItSignsInWithItsSecret_thenASignedTokenForThePlatformWithItsRoleAndCommune() throws Exception {
        JWTClaimsSet claims = verified(clientCredentials("xa-17167-system", "xa17167-system-secret"));

        assertThat(claims.getIssuer()).isEqualTo("http://127.0.0.1:8080");
        assertThat(claims.getAudience()).containsExactly("pcmt-api");
        assertThat(claims.getSubject()).isEqualTo("xa-17167-system");
        assertThat(claims.getStringClaim("role")).isEqualTo("COMMUNE_OFFICER");
        assertThat(claims.getStringListClaim("areas")).containsExactly("17167");
        assertThat(Duration.between(Instant.now(), claims.getExpirationTime().toInstant())).isBetween(Duration.ofMinutes(14),
                Duration.ofMinutes(15));
    }

    @Test
    void givenAWrongSecret_whenASystemSignsIn_thenUnauthorisedAndNoToken() throws Exception {
        mvc.perform(post("/oauth2/token").with(httpBasic("xa-17167-system", "guessed-secret-000"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void givenAPerson_whenSignedInThroughTheWebClientWithPkce_thenTheirTokenCarriesTheirRoleAndProvince() throws Exception {
        MockHttpSession session = signIn("ca-tinh-nghean", "nghean-demo-2026");
        String verifier = "verifier-" + "x".repeat(40);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));

        MvcResult authorised = mvc.perform(get(AUTHORIZE + "&state=s-1&code_challenge=" + challenge + "&code_challenge_method=S256")
                        .session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = authorised.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("http://127.0.0.1:8080/login/callback?code=");
        String code = location.replaceAll(".*code=([^&]+).*", "$1");

        String tokens = mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "authorization_code").param("code", code).param("client_id", "pcmt-web")
                        .param("redirect_uri", "http://127.0.0.1:8080/login/callback").param("code_verifier", verifier))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JWTClaimsSet claims = verified(mapper.readTree(tokens).get("access_token").asText());

        assertThat(claims.getSubject()).isEqualTo("ca-tinh-nghean");
        assertThat(claims.getStringClaim("role")).isEqualTo("PROVINCE_OFFICER");
        assertThat(claims.getStringListClaim("areas")).containsExactly("40");
        assertThat(claims.getAudience()).containsExactly("pcmt-api");
    }

    @Test
    void givenTheWebClient_whenAskedForACodeWithoutPkce_thenRefused() throws Exception {
        MockHttpSession session = signIn("ca-xa-dienchau", "dienchau-demo-2026");

        MvcResult result = mvc.perform(get(AUTHORIZE + "&state=s-2").session(session)).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).contains("error=invalid_request").doesNotContain("code=");
    }

    @Test
    void givenFiveWrongPasswords_whenThePersonThenTypesTheRightOne_thenStillLockedOut() throws Exception {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "bcd-tinh-nghean").param("password", "wrong-" + i))
                    .andExpect(status().is3xxRedirection());
        }
        MvcResult right = mvc.perform(post("/login").with(csrf()).param("username", "bcd-tinh-nghean").param("password", "bcd-nghean-2026"))
                .andReturn();
        MvcResult unknown = mvc.perform(post("/login").with(csrf()).param("username", "khong-co-ai").param("password", "whatever-123"))
                .andReturn();

        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        // the same answer as for a username that does not exist: a lockout does not tell who has an account
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(right.getResponse().getRedirectedUrl());
        assertThat(right.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION")).isNull();
    }

    @Test
    void givenFiveWrongSecrets_whenTheSystemThenSendsTheRightOne_thenRefusedLikeAWrongSecret() throws Exception {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(post("/oauth2/token").with(httpBasic("c04-system", "guessed-secret-" + i))
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials"))
                    .andExpect(status().isUnauthorized());
        }
        String locked = mvc.perform(post("/oauth2/token").with(httpBasic("c04-system", "c04-system-demo-secret"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String wrong = mvc.perform(post("/oauth2/token").with(httpBasic("no-such-system", "guessed-secret-9"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials"))
                .andReturn().getResponse().getContentAsString();

        assertThat(locked).contains("invalid_client").isEqualTo(wrong);
    }

    @Test
    void givenFourWrongPasswords_whenThePersonThenTypesTheRightOne_thenSignedIn() throws Exception {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "truong-khoi-2").param("password", "wrong-" + i))
                    .andExpect(status().is3xxRedirection());
        }
        signIn("truong-khoi-2", "khoi2-demo-2026"); // asserts no error
    }

    @Test
    void givenTheDiscoveryDocument_whenRead_thenItNamesTheGatewayAsIssuer() throws Exception {
        JsonNode discovery = mapper.readTree(mvc.perform(get("/.well-known/openid-configuration")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(discovery.get("issuer").asText()).isEqualTo("http://127.0.0.1:8080");
        assertThat(discovery.get("jwks_uri").asText()).isEqualTo("http://127.0.0.1:8080/oauth2/jwks");
        assertThat(Files.readString(KEY_FILE)).contains("\"d\""); // the private key is kept, for the next start
    }

    private String clientCredentials(String id, String secret) throws Exception {
        String body = mvc.perform(post("/oauth2/token").with(httpBasic(id, secret))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return mapper.readTree(body).get("access_token").asText();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession();
    }

    /** The token's claims, once its signature checks out against the published keys. */
    private JWTClaimsSet verified(String token) throws Exception {
        JWKSet keys = JWKSet.parse(mvc.perform(get("/oauth2/jwks")).andReturn().getResponse().getContentAsString());
        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("pcmt-identity");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
