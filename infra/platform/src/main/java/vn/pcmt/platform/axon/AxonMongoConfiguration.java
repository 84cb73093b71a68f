package vn.pcmt.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.privacy.PersonalDataSealings;
import vn.pcmt.platform.privacy.PersonalDataSerializer;

/**
 * The event store, token store and saga store of a service in its own MongoDB database, Jackson for every message
 * and snapshot. There is no Spring transaction manager, so Axon uses its {@code NoTransactionManager}: the store offers
 * single-document atomicity only, which Axon's unique (aggregate id, sequence number) index turns into optimistic
 * concurrency.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonMongoConfiguration {

    /**
     * Field visibility ANY: aggregate snapshots have no getters and would otherwise be stored as {@code {}}. Getter
     * visibility stays on: {@code MongoTrackingToken} is written through its getters and read back wrongly without them.
     */
    static ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private final Serializer jackson = JacksonSerializer.builder().objectMapper(axonObjectMapper()).build();

    @Bean
    @Primary
    Serializer serializer() {
        return jackson;
    }

    /**
     * Jackson, sealing personal data in the payloads a service names ({@link PersonalDataSealings}) with the keys of
     * {@link PersonalDataKeys}.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectProvider<PersonalDataSealings> sealings, ObjectProvider<PersonalDataKeys> keys) {
        PersonalDataSealings sealed = sealings.getIfAvailable();
        if (sealed == null) {
            return jackson;
        }
        PersonalDataKeys personalKeys = keys.getIfAvailable(() -> {
            throw new IllegalStateException("Personal data is sealed but pcmt.privacy.master-key-file is not set");
        });
        return new PersonalDataSerializer(jackson, personalKeys, sealed.byPayload());
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson;
    }

    /**
     * Every streaming processor starts at the tail of the store: Axon 4.13's default initial token is a replay token,
     * which with {@code MongoTrackingToken} grows by one entry per event (AxonFramework#4453). A handler's failure
     * propagates instead of being logged and skipped: a tracking processor then keeps its token and retries (so the
     * outbox delivers at least once), and a subscribing read model's failure fails the request visibly.
     */
    @Bean
    ConfigurerModule eventProcessingDefaults() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessorConfiguration(config -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(100)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken)));
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, MongoProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, properties.getMongoClientDatabase()).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .storageStrategy(new DocumentPerEventStorageStrategy())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .claimTimeout(java.time.Duration.ofSeconds(10))
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        axonMongoTemplate.sagaCollection().createIndex(Indexes.ascending("sagaIdentifier"), new IndexOptions().unique(true));
        axonMongoTemplate.sagaCollection().createIndex(Indexes.ascending("sagaType", "associations"));
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorAndEffectiveDate() {
        return new SimpleCorrelationDataProvider(EventMetaData.PROPAGATED.toArray(String[]::new));
    }
}
