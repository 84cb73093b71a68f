package vn.pcmt.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.CurrentActor;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.platform.kafka.IntegrationEventPublisher;
import vn.pcmt.platform.kafka.ProcessedEvents;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.privacy.PersonalDataSealings;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.privacy.SealedDocuments;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.KeyFile;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

/** The platform's beans, picked up by every service through Spring Boot auto-configuration. */
@AutoConfiguration
public class PlatformConfiguration {

    /** Records no consumer can read go here, with the reason in their headers, instead of blocking a partition. */
    public static final String DEAD_LETTER_TOPIC = "pcmt.dead-letters.v1";

    /** Platform topics keep events forever and have room for consumer groups to scale out. */
    public static NewTopic eventTopic(String name) {
        return TopicBuilder.name(name).partitions(12).replicas(1).config("retention.ms", "-1").build();
    }

    @Bean
    NewTopic deadLetterTopic() {
        return eventTopic(DEAD_LETTER_TOPIC);
    }

    /** Today is today in Vietnam: between 00:00 and 07:00 there, the officer's today is still yesterday in UTC. */
    @Bean
    @ConditionalOnMissingBean
    Clock businessClock() {
        return Clock.system(EventMetaData.BUSINESS_ZONE);
    }

    /** {@code @PastOrPresent} and friends compare with the business clock's today. */
    @Bean
    ValidationConfigurationCustomizer vietnameseCalendarForValidation(Clock businessClock) {
        return configuration -> configuration.clockProvider(() -> businessClock);
    }

    /** Clients reach every service through the gateway, so "try it out" calls go to the page's own origin. */
    @Bean
    OpenAPI openApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("PCMT Platform: " + service).version("v1"))
                .servers(List.of(new Server().url("/").description("the gateway")));
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    RequestIds requestIds() {
        return new RequestIds();
    }

    /** The access audit, in services that answer requests; reads recorded before it was chained are chained first. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    AccessLog accessLog(MongoTemplate mongo, CurrentActor currentActor, Clock businessClock,
                        @Value("${pcmt.audit.key-file}") Path keyFile) {
        AccessLog log = new AccessLog(mongo, currentActor, businessClock, KeyFile.loadOrCreate(keyFile, "HmacSHA256",
                !AccessLog.anyChained(mongo)));
        log.chainUnchained();
        return log;
    }

    /** The per-person keys of a service that keeps personal data, wrapped by the master key its property names (ADR 7). */
    @Bean
    @ConditionalOnProperty("pcmt.privacy.master-key-file")
    PersonalDataKeys personalDataKeys(MongoTemplate mongo, @Value("${pcmt.privacy.master-key-file}") Path masterKeyFile) {
        return PersonalDataKeys.open(mongo, masterKeyFile);
    }

    /** Read models' personal fields sealed like the events', where a service names collections to seal (ADR 7). */
    @Bean
    @ConditionalOnProperty("pcmt.privacy.master-key-file")
    @ConditionalOnBean(PersonalDataSealings.class)
    SealedDocuments sealedDocuments(PersonalDataKeys keys, PersonalDataSealings sealings) {
        return new SealedDocuments(keys, sealings.byCollection());
    }

    /**
     * Once the service is up, seals in the background what read models written before sealing began keep readable
     * (an upgraded deployment); their projections then rewrite them sealed in any case.
     */
    @Bean
    @ConditionalOnProperty("pcmt.privacy.master-key-file")
    @ConditionalOnBean(PersonalDataSealings.class)
    ApplicationListener<ApplicationReadyEvent> readableDocumentsSealing(SealedDocuments sealed, MongoTemplate mongo) {
        return ready -> Thread.ofPlatform().name("sealing-readable-documents").daemon().start(() -> {
            int count = sealed.sealReadable(mongo);
            if (count > 0) {
                LoggerFactory.getLogger(SealedDocuments.class).info("Sealed the personal data of {} read-model documents stored readable", count);
            }
        });
    }

    /** How long personal data is kept once its record is closed ({@code pcmt.privacy.retention}). */
    @Bean
    Retention retention(@Value("${pcmt.privacy.retention}") Period afterClosing) {
        return new Retention(afterClosing);
    }

    @Bean
    Commands commands(CommandGateway commandGateway, CurrentActor currentActor) {
        return new Commands(commandGateway, currentActor);
    }

    @Bean
    IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper mapper) {
        return new IntegrationEventPublisher(kafka, mapper);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    InboundEvents inboundEvents(ObjectMapper mapper, ProcessedEvents processedEvents) {
        return new InboundEvents(mapper, processedEvents);
    }

    /**
     * What retrying cannot fix goes to the dead-letter topic at once, for an operator to look at: a record that is not
     * an integration event, a command the receiving aggregate refuses, a command for an aggregate that does not exist.
     * Any other failure (the store is down, say) is retried with growing pauses and never skipped, so no event is lost.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka, (record, e) -> new TopicPartition(DEAD_LETTER_TOPIC, -1));
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InboundEvents.MalformedIntegrationEvent.class, Refusal.class,
                AggregateNotFoundException.class);
        return handler;
    }
}
