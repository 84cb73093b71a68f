package vn.pcmt.registry.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The producer's side of the contract: each published record serialises to exactly its example's payload, under the
 * type its example names. Consumers read the same files (this module's test-jar).
 */
class RegistryContractTest {

    static final String SUBJECT = "2d66a44c-0515-41bf-92b4-92924e78228c";
    static final String TREATMENT = "9b1e6f2a-3c4d-4e5f-8a7b-1c2d3e4f5a6b";

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Stream<Object> published() {
        return Stream.of(
                new SubjectRegistered(SUBJECT, Category.ADDICT, Sex.MALE, 1993, new Residence("17167", "17167-02"),
                        "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 3, 1)),
                new DrugTestRecorded(SUBJECT, "5f0c3a1e-8d2b-4c7a-9e61-0b4f2d7c9a13", LocalDate.of(2026, 3, 5), "URINE_RAPID",
                        "POSITIVE", List.of("MDMA", "METHAMPHETAMINE")),
                new CategoryChanged(SUBJECT, Category.SUSPECTED, Category.ILLEGAL_USER, LocalDate.of(2026, 3, 5), "POSITIVE_TEST"),
                new RelapseRecorded(SUBJECT, LocalDate.of(2026, 10, 2), "POST_REHAB_MANAGEMENT"),
                new AddictionDetermined(SUBJECT, LocalDate.of(2026, 4, 24), true, LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 6)),
                new ManagementPeriodStarted(SUBJECT, "ILLEGAL_USER", LocalDate.of(2026, 7, 1),
                        LocalDate.of(2027, 6, 30), "LAW_120_2025"),
                new ResidenceChecked(SUBJECT, LocalDate.of(2026, 8, 1)),
                new TreatmentStarted(SUBJECT, TREATMENT, "SUBSTITUTION", LocalDate.of(2026, 5, 4)),
                new TreatmentEnded(SUBJECT, TREATMENT, "SUBSTITUTION", LocalDate.of(2026, 9, 30), "QUIT"),
                new FlagRaised(SUBJECT, "PSYCHOSIS_SIGNS", LocalDate.of(2026, 9, 12)),
                new FlagCleared(SUBJECT, "PSYCHOSIS_SIGNS", LocalDate.of(2026, 10, 20)),
                new SupportRecorded(SUBJECT, "LOAN", LocalDate.of(2026, 10, 25)),
                new SubjectMoved(SUBJECT, new Residence("17167", "17167-02"), new Residence("17170", "17170-05"),
                        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), true),
                new SubjectRemoved(SUBJECT, "MOVED_ABROAD", LocalDate.of(2026, 11, 20)),
                new SubjectDetailsCorrected(SUBJECT, Sex.MALE, 1993),
                new SubjectMerged(SUBJECT, "7c4e2b19-5a6d-4f3e-9b8a-2d1c0e9f8a7b", LocalDate.of(2026, 11, 22)),
                new EntryRetracted(SUBJECT, List.of(1L, 2L), LocalDate.of(2026, 11, 23), Category.SUSPECTED,
                        new Residence("17170", "17170-05"), true, List.of(new EntryRetracted.Treatment(TREATMENT, "SUBSTITUTION")),
                        List.of("NO_STABLE_RESIDENCE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void givenRecord_whenSerialised_thenEqualsItsExamplePayload(Object event) throws Exception {
        String type = (String) event.getClass().getField("TYPE").get(null);
        JsonNode example = mapper.readTree(getClass().getResource("/contracts/v1/" + type + ".json"));

        assertThat(type).isEqualTo("registry." + event.getClass().getSimpleName());
        assertThat(example.get("eventType").asText()).isEqualTo(type);
        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(example.get("payload")); // as on the wire
        assertThat(mapper.treeToValue(example.get("payload"), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void givenExample_whenRead_thenNoNameCitizenNumberAddressOrNoteTravels(Object event) throws Exception {
        String type = (String) event.getClass().getField("TYPE").get(null);
        String payload = mapper.readTree(getClass().getResource("/contracts/v1/" + type + ".json")).get("payload").toString();

        assertThat(payload).doesNotContain("fullName", "nationalId", "address", "note", "supervisor", "facility", "decisionNo");
    }
}
