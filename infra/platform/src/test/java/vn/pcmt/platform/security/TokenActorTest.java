package vn.pcmt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.pcmt.platform.event.Actor;

class TokenActorTest {

    @Test
    void givenATokenOfTheEmbeddedIdentityServer_whenRead_thenTheSubjectIsTheUser() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("ca-xa-dienchau").claim("role", "COMMUNE_OFFICER")
                .claim("areas", List.of("17167", "17168")).build();

        assertThat(TokenActor.of(jwt)).isEqualTo(new Actor("ca-xa-dienchau", "COMMUNE_OFFICER", "17167"));
    }

    @Test
    void givenAKeycloakToken_whenRead_thenTheUserNameNotTheOpaqueSubject() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("52e663c9-0000-3000-8000-000000000000")
                .claim("preferred_username", "ca-xa-dienchau").claim("role", "COMMUNE_OFFICER").claim("areas", List.of("17167")).build();

        assertThat(TokenActor.userId(jwt)).isEqualTo("ca-xa-dienchau");
        assertThat(TokenActor.of(jwt).userId()).isEqualTo("ca-xa-dienchau");
    }

    @Test
    void givenABlankUserName_whenRead_thenTheSubject() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("phan-tich").claim("preferred_username", " ")
                .claim("role", "ANALYST").build();

        assertThat(TokenActor.of(jwt)).isEqualTo(new Actor("phan-tich", "ANALYST", null));
    }
}
