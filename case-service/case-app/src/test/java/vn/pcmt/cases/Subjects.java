package vn.pcmt.cases;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.cases.query.subjectdirectory.SubjectDirectoryRepository;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.registry.api.v1.Category;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.Residence;
import vn.pcmt.registry.api.v1.Sex;
import vn.pcmt.registry.api.v1.SubjectRegistered;

/** Publishes a subject's registration as the registry would, and waits until case-service knows the subject. */
final class Subjects {

    private Subjects() {
    }

    static void register(KafkaTemplate<String, String> kafka, ObjectMapper mapper, SubjectDirectoryRepository subjects,
                         String subjectId, String commune, String village) throws Exception {
        var registered = new SubjectRegistered(subjectId, Category.ILLEGAL_USER, Sex.MALE, 1990, new Residence(commune, village),
                "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 1, 10));
        kafka.send(RegistryTopics.EVENTS, subjectId, mapper.writeValueAsString(new IntegrationEvent("registered-" + subjectId,
                SubjectRegistered.TYPE, 1, subjectId, 0, LocalDate.of(2026, 1, 10), Instant.now(), Actor.system("test"), commune,
                mapper.valueToTree(registered)))).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> subjects.existsById(subjectId));
    }
}
