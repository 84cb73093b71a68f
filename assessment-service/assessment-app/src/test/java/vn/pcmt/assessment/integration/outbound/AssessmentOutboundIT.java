package vn.pcmt.assessment.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.embedded.test.InfrastructureExtension;

/**
 * The outbox delivers at least once: an event stored while Kafka refuses it reaches the topic when Kafka recovers.
 * The spied context must be the only one running an {@code assessment-outbound} processor, or another cached context
 * may publish the event while this one is still failing: hence a context of its own, closed afterwards, and
 * {@code AssessmentServiceIT} closing its own.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AssessmentOutboundIT {

    @Autowired
    TestRestTemplate http;
    @SuppressWarnings("rawtypes") // Spring Boot declares the template as KafkaTemplate<?, ?>
    @MockitoSpyBean
    KafkaTemplate kafka;

    @Test
    @SuppressWarnings("unchecked")
    void givenKafkaRefusingTwice_whenAreaRegistered_thenStoredAtOnceAndPublishedAfterRetries() {
        var broken = CompletableFuture.failedFuture(new TimeoutException("broker unreachable"));
        doReturn(broken).doReturn(broken).doCallRealMethod()
                .when(kafka).send(argThat((ProducerRecord<String, String> r) -> r != null && "79".equals(r.key())));

        var created = http.postForEntity("/api/areas", Map.of("code", "79", "name", "Hồ Chí Minh", "level", "PROVINCE"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        List<String> published = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.kafka.bootstrap-servers"),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(AssessmentTopics.EVENTS));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if ("79".equals(r.key())) {
                        published.add(r.value());
                    }
                });
                return !published.isEmpty();
            });
        }
        assertThat(published.getFirst()).contains("\"eventType\":\"assessment.AreaRegistered\"").contains("Hồ Chí Minh");
        verify(kafka, atLeast(3)).send(argThat((ProducerRecord<String, String> r) -> r != null && "79".equals(r.key())));
    }
}
