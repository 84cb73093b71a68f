package vn.pcmt.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import vn.pcmt.platform.privacy.PersonalDataSerializer.Sealing;

/**
 * Personal data in read models, sealed as in the event store: in the collections a service names, each personal field
 * is sealed with its person's key as a document is written (insert, save, replace) and opened as it is read, so a copy
 * of the database reads no name and code above the template sees plain values. Once a person's key is destroyed their
 * fields read as erased, and a document written again stores the erased value. Sorting or matching on a sealed field
 * in the store does not work: a read model keeps a {@linkplain PersonalDataKeys#blindIndex blind index} to match on
 * and sorts by name after reading.
 */
public class SealedDocuments extends AbstractMongoEventListener<Object> {

    private final PersonalDataKeys keys;
    private final Map<String, Sealing> byCollection;

    public SealedDocuments(PersonalDataKeys keys, Map<String, Sealing> byCollection) {
        this.keys = keys;
        this.byCollection = byCollection;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        Sealing sealing = byCollection.get(event.getCollectionName());
        if (sealing != null && event.getDocument() != null) {
            seal(sealing, event.getDocument());
        }
    }

    @Override
    public void onAfterLoad(AfterLoadEvent<Object> event) {
        Sealing sealing = byCollection.get(event.getCollectionName());
        if (sealing != null && event.getDocument() != null) {
            open(sealing, event.getDocument());
        }
    }

    /**
     * Seals the personal fields that documents written before sealing began keep readable, each document replaced only
     * if it is still exactly as it was read (a projection or an upgrade that rewrote it meanwhile wins); run again, it
     * finds nothing to do.
     */
    public int sealReadable(MongoTemplate mongo) {
        int sealed = 0;
        for (Map.Entry<String, Sealing> collection : byCollection.entrySet()) {
            MongoCollection<Document> documents = mongo.getCollection(collection.getKey());
            for (Document document : documents.find()) { // the driver's own: no events, nothing opened
                if (readable(collection.getValue(), document)) {
                    // every field equal to what was read, rendered now: sealing changes the nested persons in place
                    Bson unchanged = Filters.and(document.entrySet().stream().map(field -> Filters.eq(field.getKey(), field.getValue())).toList())
                            .toBsonDocument(BsonDocument.class, documents.getCodecRegistry());
                    seal(collection.getValue(), document);
                    sealed += (int) documents.replaceOne(unchanged, document).getModifiedCount();
                }
            }
        }
        return sealed;
    }

    private static boolean readable(Sealing sealing, Document document) {
        return persons(sealing, document).stream().anyMatch(person -> sealing.erased().entrySet().stream()
                .anyMatch(field -> person.fields().get(field.getKey()) instanceof String plain && !PersonalDataKeys.isSealed(plain)
                        && !plain.equals(field.getValue())));
    }

    void seal(Sealing sealing, Document document) {
        for (Person person : persons(sealing, document)) {
            for (Map.Entry<String, String> field : sealing.erased().entrySet()) {
                if (person.fields().get(field.getKey()) instanceof String plain && !PersonalDataKeys.isSealed(plain)
                        && !plain.equals(field.getValue())) {
                    person.fields().put(field.getKey(), sealed(person.id(), field, plain));
                }
            }
        }
    }

    void open(Sealing sealing, Document document) {
        for (Person person : persons(sealing, document)) {
            for (Map.Entry<String, String> field : sealing.erased().entrySet()) {
                if (PersonalDataKeys.isSealed(person.fields().get(field.getKey()))) {
                    person.fields().put(field.getKey(), keys.open(person.id(), field.getKey(),
                            person.fields().getString(field.getKey())).orElse(field.getValue()));
                }
            }
        }
    }

    /** Sealed, or the erased value when the person's key is gone: an erased person's data is never recorded again. */
    private String sealed(String personId, Map.Entry<String, String> field, String plain) {
        try {
            return keys.seal(personId, field.getKey(), plain);
        } catch (PersonalDataKeys.ErasedException erased) {
            return field.getValue();
        }
    }

    /** The persons a document names: itself, or the object or each object of an array at {@link Sealing#at()}. */
    private static List<Person> persons(Sealing sealing, Document document) {
        Object holder = sealing.at() == null ? document : document.get(sealing.at());
        List<Document> objects = new ArrayList<>();
        if (holder instanceof Document one) {
            objects.add(one);
        } else if (holder instanceof List<?> many) {
            many.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(objects::add);
        }
        List<Person> persons = new ArrayList<>();
        for (Document object : objects) {
            Object id = object.get(sealing.personField()) != null ? object.get(sealing.personField()) : document.get(sealing.personField());
            if (id != null) {
                persons.add(new Person(object, id.toString()));
            }
        }
        return persons;
    }

    private record Person(Document fields, String id) {
    }
}
