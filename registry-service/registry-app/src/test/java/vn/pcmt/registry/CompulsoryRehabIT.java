package vn.pcmt.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.cases.api.v1.CompulsoryRehabEnded;
import vn.pcmt.cases.api.v1.CompulsoryRehabStarted;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.embedded.test.TopicRecords;
import vn.pcmt.platform.PlatformConfiguration;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/** A court's compulsory-rehab decision, published by case-service, becomes the subject's treatment, once. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompulsoryRehabIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    AreaDirectoryRepository areas;

    @Test
    void givenAddict_whenDossierDecisionExecutedTwiceThenEnded_thenOneCompulsoryRehabStartedAndEnded() throws Exception {
        RegistryHttp http = new RegistryHttp(rest, mapper, kafka, areas);
        http.villages("61000", "61000-01");
        String subjectId = http.register("Trịnh Văn Lâm", "1987-08-08", "61000", "61000-01", "ADDICT", "2026-03-01");
        String dossierId = UUID.randomUUID().toString();
        IntegrationEvent started = caseEvent(dossierId, 5, CompulsoryRehabStarted.TYPE, LocalDate.of(2026, 7, 20),
                new CompulsoryRehabStarted(dossierId, subjectId, LocalDate.of(2026, 7, 20), "Cơ sở cai nghiện số 1", 24));

        publish(started);
        publish(started);
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getJson("/api/subjects/" + subjectId).get("treatments").size() == 1);
        JsonNode inRehab = http.getJson("/api/subjects/" + subjectId);
        assertThat(inRehab.at("/treatments/0/kind").asText()).isEqualTo("COMPULSORY");
        assertThat(inRehab.at("/status/inTreatment/0").asText()).isEqualTo("COMPULSORY");
        assertThat(inRehab.at("/status/nextTestDueOn").isMissingNode()).isTrue(); // the facility tests its residents

        publish(caseEvent(dossierId, 6, CompulsoryRehabEnded.TYPE, LocalDate.of(2026, 11, 20),
                new CompulsoryRehabEnded(dossierId, subjectId, LocalDate.of(2026, 11, 20), "EXPELLED")));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                http.getJson("/api/subjects/" + subjectId).at("/treatments/0/outcome").asText().equals("EXPELLED"));
        assertThat(http.getJson("/api/subjects/" + subjectId).get("treatments")).hasSize(1);
        assertThat(http.getJson("/api/subjects/" + subjectId + "/history").findValuesAsText("type"))
                .containsExactly("SubjectRegistered", "TreatmentStarted", "TreatmentEnded");
    }

    @Test
    void givenUnknownSubject_whenDossierDecisionArrives_thenDeadLetteredWithoutBlockingTheTopic() throws Exception {
        RegistryHttp http = new RegistryHttp(rest, mapper, kafka, areas);
        http.villages("61000", "61000-02");
        String unknown = UUID.randomUUID().toString();
        String addict = http.register("Mai Văn Ninh", "1998-09-09", "61000", "61000-02", "ADDICT", "2026-03-01");
        String refusedDossier = UUID.randomUUID().toString();
        String acceptedDossier = UUID.randomUUID().toString();
        IntegrationEvent refused = caseEvent(refusedDossier, 5, CompulsoryRehabStarted.TYPE, LocalDate.of(2026, 7, 20),
                new CompulsoryRehabStarted(refusedDossier, unknown, LocalDate.of(2026, 7, 20), "Cơ sở cai nghiện số 1", 24));
        // same key, so the same partition: the record that cannot be applied must not hold up the next one
        kafka.send(CaseTopics.EVENTS, "same-key", mapper.writeValueAsString(refused)).get();
        kafka.send(CaseTopics.EVENTS, "same-key", mapper.writeValueAsString(caseEvent(acceptedDossier, 5, CompulsoryRehabStarted.TYPE,
                LocalDate.of(2026, 7, 21), new CompulsoryRehabStarted(acceptedDossier, addict, LocalDate.of(2026, 7, 21),
                        "Cơ sở cai nghiện số 1", 24)))).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> http.getJson("/api/subjects/" + addict).get("treatments").size() == 1);
        assertThat(TopicRecords.readUntil(PlatformConfiguration.DEAD_LETTER_TOPIC, null,
                values -> values.stream().anyMatch(value -> value.contains(refused.eventId())))).isNotEmpty();
    }


    private IntegrationEvent caseEvent(String dossierId, long version, String type, LocalDate on, Object payload) {
        return new IntegrationEvent(UUID.randomUUID().toString(), type, 1, dossierId, version, on, Instant.now(),
                new Actor("cax-61000-01", "COMMUNE_OFFICER", "61000"), "61000", mapper.valueToTree(payload));
    }

    private void publish(IntegrationEvent event) throws Exception {
        kafka.send(CaseTopics.EVENTS, event.aggregateId(), mapper.writeValueAsString(event)).get();
    }
}
