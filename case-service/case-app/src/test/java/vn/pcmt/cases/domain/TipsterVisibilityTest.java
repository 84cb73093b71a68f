package vn.pcmt.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.platform.event.Actor;

/** Only a signed-in handler of the tip sees who gave it. */
class TipsterVisibilityTest {

    @ParameterizedTest(name = "{0} as {1} → visible {2}")
    @CsvSource({
            "cax-dienchau-02, COMMUNE_OFFICER, true",
            "cax-dienchau-05, COMMUNE_OFFICER, true",
            "cax-dienchau-07, COMMUNE_OFFICER, false",
            "ca-tinh-01, PROVINCE_OFFICER, false",
            "anonymous, UNAUTHENTICATED, false",
            "case-service, SYSTEM, false"})
    void givenCaller_whenTipRead_thenTipsterOnlyForItsHandlers(String userId, String role, boolean visible) {
        List<String> handlers = List.of("cax-dienchau-02", "cax-dienchau-05", "anonymous", "case-service");

        assertThat(TipsterVisibility.visibleTo(new Actor(userId, role, "17167"), handlers)).isEqualTo(visible);
    }
}
