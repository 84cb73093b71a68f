package vn.pcmt.registry.query.subjectfile;

import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.privacy.PersonalDataSerializer;

/**
 * How a subject's identity is kept in the event store itself: whether every event naming them is sealed, so that
 * destroying their key erases it (ADR 7). Events stored before sealing began keep the name in clear.
 */
@Component
public class StoredIdentity {

    private static final String EVENTS = "domainevents";

    private final MongoTemplate mongo;
    private final PersonalDataSerializer serializer;

    public StoredIdentity(MongoTemplate mongo, @Qualifier("eventSerializer") Serializer serializer) {
        this.mongo = mongo;
        this.serializer = (PersonalDataSerializer) serializer;
    }

    /** Whether every stored event of the subject keeps their personal fields sealed. */
    public boolean sealed(String subjectId) {
        return mongo.find(Query.query(Criteria.where("aggregateIdentifier").is(subjectId)), Document.class, EVENTS).stream()
                .allMatch(event -> serializer.sealed(event.getString("payloadType"), payload(event.get("serializedPayload"))));
    }

    private static String payload(Object stored) {
        return stored instanceof Document document ? document.toJson() : String.valueOf(stored);
    }
}
