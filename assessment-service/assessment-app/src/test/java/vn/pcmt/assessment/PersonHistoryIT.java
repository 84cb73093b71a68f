package vn.pcmt.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.assessment.domain.criteria.PersonFact;
import vn.pcmt.assessment.query.personhistory.PersonHistories;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.registry.api.v1.Category;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.Residence;
import vn.pcmt.registry.api.v1.Sex;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;

/** Registry events from the embedded broker into the store, then an area's persons as of dates either side of a move. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest
@DirtiesContext
class PersonHistoryIT {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    PersonHistories histories;

    @Test
    void givenSubjectRegisteredThenMoved_whenAreasAskedAsOfDates_thenCountedOnTheRightSideOfTheMove() throws Exception {
        String subject = UUID.randomUUID().toString();
        publish(subject, 0, SubjectRegistered.TYPE, LocalDate.of(2026, 3, 1), new SubjectRegistered(subject, Category.ILLEGAL_USER,
                Sex.FEMALE, 1998, new Residence("18001", "18001-01"), "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 3, 1)));
        publish(subject, 1, SubjectMoved.TYPE, LocalDate.of(2026, 6, 1), null); // unreadable: dead-lettered, blocks nothing after it
        publish(subject, 1, SubjectMoved.TYPE, LocalDate.of(2026, 6, 1), new SubjectMoved(subject, new Residence("18001", "18001-01"),
                new Residence("18002", null), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), false));

        await().atMost(Duration.ofSeconds(60)).until(() -> !histories.residents("18002", LocalDate.of(2026, 6, 1)).isEmpty());

        assertThat(histories.residents("18001-01", LocalDate.of(2026, 5, 31))).extracting(PersonFact::subjectId).containsExactly(subject);
        assertThat(histories.residents("18001", LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(histories.residents("18002", LocalDate.of(2026, 5, 31))).isEmpty();
        assertThat(histories.residents("18002", LocalDate.of(2026, 6, 1))).singleElement()
                .extracting(PersonFact::userInCommunity).isEqualTo(true);
    }

    private void publish(String subject, long version, String type, LocalDate on, Object payload) throws Exception {
        String value = payload == null ? "{\"not\":\"an envelope\"}" : mapper.writeValueAsString(new IntegrationEvent(
                UUID.randomUUID().toString(), type, 1, subject, version, on, Instant.now(), Actor.system("test"), "18001",
                mapper.valueToTree(payload)));
        kafka.send(RegistryTopics.EVENTS, subject, value).get();
    }
}
