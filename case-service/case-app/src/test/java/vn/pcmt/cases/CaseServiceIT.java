package vn.pcmt.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.embedded.test.InfrastructureExtension;

/** The case service starts on the embedded store and broker, reports healthy and declares the topic it owns. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseServiceIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void givenStartedService_whenHealthAsked_thenUpAndTopicKeptForever() throws Exception {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", System.getProperty("spring.kafka.bootstrap-servers")))) {
            TopicDescription topic = admin.describeTopics(java.util.List.of(CaseTopics.EVENTS)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(CaseTopics.EVENTS);
            assertThat(topic.partitions()).hasSize(12);
            var config = admin.describeConfigs(java.util.List.of(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, CaseTopics.EVENTS))).all().get(30, TimeUnit.SECONDS);
            assertThat(config.values().iterator().next().get("retention.ms").value()).isEqualTo("-1");
        }
    }
}
