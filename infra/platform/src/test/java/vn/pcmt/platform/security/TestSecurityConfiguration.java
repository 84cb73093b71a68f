package vn.pcmt.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * In every service's tests: tokens are checked against {@link TestTokens}' key with the platform's validators, and the
 * test clients (TestRestTemplate, MockMvc) send {@link TestTokens#forTests()} unless a request names its own.
 */
@AutoConfiguration(before = SecurityConfiguration.class)
@EnableConfigurationProperties(SecurityProperties.class)
public class TestSecurityConfiguration {

    @Bean
    JwtDecoder testJwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        decoder.setJwtValidator(SecurityConfiguration.validator(properties));
        return decoder;
    }

    @Bean
    RestTemplateCustomizer testBearerToken() {
        return restTemplate -> restTemplate.getInterceptors().add((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(TestTokens.forTests());
            }
            return execution.execute(request, body);
        });
    }

    @Bean
    @ConditionalOnClass(MockMvcBuilderCustomizer.class)
    MockMvcBuilderCustomizer testBearerTokenForMockMvc() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").header(HttpHeaders.AUTHORIZATION,
                "Bearer " + TestTokens.forTests()));
    }
}
