package vn.pcmt.assessment.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.platform.PlatformConfiguration;

@Configuration
class TopicConfiguration {

    @Bean
    NewTopic assessmentEvents() {
        return PlatformConfiguration.eventTopic(AssessmentTopics.EVENTS);
    }
}
