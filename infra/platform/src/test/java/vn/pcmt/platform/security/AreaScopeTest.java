package vn.pcmt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;

class AreaScopeTest {

    /** Nghệ An (40) → Diễn Châu (17167) → khối 2; Hà Tĩnh (42) → Thạch Hà (18100). */
    static final Map<String, String> PARENTS = Map.of("17167", "40", "17167-02", "17167", "17170", "40", "18100", "42");

    final AreaScope scope = new AreaScope(code -> Optional.ofNullable(PARENTS.get(code)), AreaScope.AREA_READERS, AreaScope.OFFICERS);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} {1} of {2}: {3} {4}")
    @CsvSource({
            // role,            areas,      area,      read,  write
            "COMMUNE_OFFICER,   17167,      17167,     true,  true",
            "COMMUNE_OFFICER,   17167,      17167-02,  true,  true",
            "COMMUNE_OFFICER,   17167,      17170,     false, false",
            "COMMUNE_OFFICER,   17167,      40,        false, false",
            "COMMUNE_OFFICER,   17167,      unknown,   false, false",
            "COMMUNE_OFFICER,   17167 18100, 18100,    true,  true",
            "PROVINCE_OFFICER,  40,         40,        true,  true",
            "PROVINCE_OFFICER,  40,         17167-02,  true,  true",
            "PROVINCE_OFFICER,  40,         18100,     false, false",
            "PROVINCE_OFFICER,  VN,         18100,     true,  true",
            "PROVINCE_OFFICER,  VN,         unknown,   true,  true",
            "STEERING_MEMBER,   40,         17167,     true,  false",
            "VILLAGE_HEAD,      17167-02,   17167-02,  true,  false",
            "VILLAGE_HEAD,      17167-02,   17167,     false, false",
            "ANALYST,           VN,         17167,     false, false",
            "AUDITOR,           VN,         17167,     false, false",
            "ADMINISTRATOR,     VN,         17167,     false, false",
            "UNKNOWN_ROLE,      VN,         17167,     false, false",
    })
    void givenRoleAndAreas_whenAreaJudged_thenAllowedOnlyWithinScopeAndRole(String role, String areas, String area, boolean read,
                                                                           boolean write) {
        signIn(role, areas.split(" "));

        assertThat(scope.allows(Need.READ, area)).isEqualTo(read);
        assertThat(scope.allows(Need.WRITE, area)).isEqualTo(write);
    }

    @Test
    void givenNoToken_whenAreaJudged_thenNothingAllowed() {
        assertThat(scope.allows(Need.READ, "17167")).isFalse();
        assertThatThrownBy(() -> scope.requireRole(Need.READ)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).code()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void givenOfficerOfAnotherCommune_whenAreaRequired_thenAreaOutOfScopeNamingTheField() {
        signIn("COMMUNE_OFFICER", "17170");

        assertThatThrownBy(() -> scope.requireArea(Need.WRITE, "17167-02", "villageCode")).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(e.code()).isEqualTo("AREA_OUT_OF_SCOPE");
            assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("villageCode"));
        });
    }

    @Test
    void givenReader_whenChangeRequired_thenReadOnlyInScopeAndUnknownOutside() {
        signIn("STEERING_MEMBER", "40");
        Refusal unknown = Refusal.notFound("CASE_UNKNOWN", "Không tìm thấy.");

        assertThatThrownBy(() -> scope.requireArea(Need.WRITE, "17167", "communeCode"))
                .extracting(e -> ((Refusal) e).code()).isEqualTo("ROLE_READ_ONLY");
        assertThatThrownBy(() -> scope.requireRecord(Need.WRITE, "record", "17167", () -> unknown))
                .extracting(e -> ((Refusal) e).code()).isEqualTo("ROLE_READ_ONLY");
        assertThatThrownBy(() -> scope.requireRecord(Need.READ, "record", "18100", () -> unknown)).isSameAs(unknown);
        assertThat(scope.requireRecord(Need.READ, "record", "17167", () -> unknown)).isEqualTo("record");
    }

    @ParameterizedTest(name = "{0} is approved by {1}")
    @CsvSource({"17167-02, 17167", "17167, 40", "40, VN"})
    void givenArea_whenApproverAsked_thenTheLevelAbove(String area, String approver) {
        assertThat(scope.approverOf(area)).isEqualTo(approver);
    }

    @Test
    void givenARoleThatCoversEverywhere_whenAnyAreaJudged_thenAllowedWithoutAreasOnlyForThatRole() {
        AreaScope statistics = new AreaScope(code -> Optional.ofNullable(PARENTS.get(code)), Set.of("ANALYST", "COMMUNE_OFFICER"), Set.of(),
                Set.of("ANALYST"));
        signIn("ANALYST");
        assertThat(statistics.allows(Need.READ, "18100")).isTrue();
        assertThat(statistics.allows(Need.WRITE, "18100")).isFalse(); // the role still decides what it may do
        assertThat(scope.allows(Need.READ, "18100")).isFalse(); // in a scope where it covers nothing

        signIn("COMMUNE_OFFICER", "17167");
        assertThat(statistics.allows(Need.READ, "18100")).isFalse();
    }

    @Test
    void givenCycleInDirectory_whenAreaJudged_thenRefusedWithoutLooping() {
        AreaScope cyclic = new AreaScope(code -> Optional.of(code.equals("a") ? "b" : "a"), AreaScope.AREA_READERS, AreaScope.OFFICERS);
        signIn("COMMUNE_OFFICER", "c");

        assertThat(cyclic.allows(Need.READ, "a")).isFalse();
    }

    static void signIn(String role, String... areas) {
        Jwt jwt = new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"),
                Map.of("sub", "test-user", "role", role, "areas", List.copyOf(Arrays.asList(areas))));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }
}
