package vn.pcmt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.identity.IdentityProperties.Account;

class AccountsCheckTest {

    @ParameterizedTest(name = "{0} {1} areas [{2}] secret {3} → {4}")
    @CsvSource(nullValues = "null", value = {
            "ca-xa, COMMUNE_OFFICER, 17167, twelve-chars, null",
            "ca-xa, COMMUNE_OFFICER, null, twelve-chars, names no area",
            "phan-tich, ANALYST, null, twelve-chars, null",
            "ca-xa, DISTRICT_OFFICER, 17167, twelve-chars, unknown role",
            "ca-xa, COMMUNE_OFFICER, 17167, eleven-char, shorter than 12",
            "pcmt-web, COMMUNE_OFFICER, 17167, twelve-chars, web client"})
    void givenAnAccount_whenChecked_thenOnlyOnesTheServicesCanJudgeStart(String id, String role, String area, String secret,
                                                                         String problem) {
        Account account = new Account(id, secret, role, area == null ? null : List.of(area), "x");

        List<String> problems = AccountsCheck.problems(List.of(), List.of(account));

        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).anySatisfy(p -> assertThat(p).contains(problem));
        }
    }

    @Test
    void givenTheSameIdForAPersonAndAClient_whenChecked_thenRefused() {
        Account person = new Account("ca-xa", "twelve-chars", "COMMUNE_OFFICER", List.of("17167"), "x");

        assertThat(AccountsCheck.problems(List.of(person), List.of(person))).containsExactly("ca-xa is given twice");
    }

    @Test
    void givenWrongAccounts_whenBound_thenNothingStarts() {
        Account unknownRole = new Account("ca-xa", "twelve-chars", "DISTRICT_OFFICER", List.of("17167"), "x");

        assertThatThrownBy(() -> new IdentityProperties("http://127.0.0.1:8080", "k", Duration.ofMinutes(15), "pcmt-api", List.of(),
                List.of(unknownRole), List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown role");
    }
}
