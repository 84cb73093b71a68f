package vn.pcmt.reporting.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.platform.PlatformConfiguration;
import vn.pcmt.registry.api.v1.RegistryTopics;

/** Declared by the consumers too, so the services may start in any order. */
@Configuration
class TopicConfiguration {

    @Bean
    NewTopic assessmentEvents() {
        return PlatformConfiguration.eventTopic(AssessmentTopics.EVENTS);
    }

    @Bean
    NewTopic registryEvents() {
        return PlatformConfiguration.eventTopic(RegistryTopics.EVENTS);
    }

    @Bean
    NewTopic caseEvents() {
        return PlatformConfiguration.eventTopic(CaseTopics.EVENTS);
    }
}
