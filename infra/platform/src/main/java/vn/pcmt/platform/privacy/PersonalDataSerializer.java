package vn.pcmt.platform.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The event serializer that seals personal data on its way into the store and opens it on its way out: in the event
 * payloads named, each personal field is encrypted with the key of the person the payload's id field names. Everything
 * reading events (aggregates, projections, replays, the outbox) sees plain values while the person's key exists, and
 * the {@linkplain Sealing#erased() erased} value once it is destroyed; nothing else changes. A field not sealed (an
 * event stored before sealing began) is read as it is.
 */
public class PersonalDataSerializer implements Serializer {

    private final Serializer delegate;
    private final PersonalDataKeys keys;
    private final Map<String, Sealing> sealed;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param sealed by payload class: which field names the person and which fields are theirs to seal
     */
    public PersonalDataSerializer(Serializer delegate, PersonalDataKeys keys, Map<Class<?>, Sealing> sealed) {
        this.delegate = delegate;
        this.keys = keys;
        this.sealed = sealed.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e.getKey().getName(),
                Map.Entry::getValue));
    }

    /**
     * @param at          where the persons are: {@code null} for the payload itself, else a payload field holding one
     *                    person (an object) or several (an array of objects)
     * @param personField the field holding the person's id: in the person's object, else in the payload
     * @param erased      each personal field and what it reads as once the person's key is destroyed ({@code null}: none)
     */
    public record Sealing(String at, String personField, Map<String, String> erased) {

        /** The personal fields are the payload's own. */
        public Sealing(String personField, Map<String, String> erased) {
            this(null, personField, erased);
        }

        /** Each person's object in the payload, with the id that keys it. */
        List<Person> persons(ObjectNode payload) {
            JsonNode holder = at == null ? payload : payload.get(at);
            List<JsonNode> objects = new ArrayList<>();
            if (holder != null && holder.isArray()) {
                holder.forEach(objects::add);
            } else if (holder != null && holder.isObject()) {
                objects.add(holder);
            }
            return objects.stream().filter(JsonNode::isObject).map(object -> new Person((ObjectNode) object,
                    object.hasNonNull(personField) ? object.get(personField).asText() : payload.path(personField).asText(null)))
                    .filter(person -> person.id() != null).toList();
        }
    }

    record Person(ObjectNode fields, String id) {
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> plain = delegate.serialize(object, expectedRepresentation);
        Sealing sealing = object == null ? null : sealed.get(object.getClass().getName());
        if (sealing == null) {
            return plain;
        }
        ObjectNode node = read(plain);
        for (Person person : sealing.persons(node)) {
            for (String field : sealing.erased().keySet()) {
                JsonNode value = person.fields().get(field);
                if (value != null && value.isTextual()) {
                    person.fields().put(field, keys.seal(person.id(), field, value.asText()));
                }
            }
        }
        return written(node, plain.getType(), expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Sealing sealing = sealed.get(serializedObject.getType().getName());
        if (sealing == null) {
            return delegate.deserialize(serializedObject);
        }
        ObjectNode node = read(serializedObject);
        for (Person person : sealing.persons(node)) {
            for (Map.Entry<String, String> field : sealing.erased().entrySet()) {
                JsonNode value = person.fields().get(field.getKey());
                if (value != null && PersonalDataKeys.isSealed(value.asText(null))) {
                    // the person's key destroyed: what the field reads as once erased
                    person.fields().put(field.getKey(), keys.open(person.id(), field.getKey(), value.asText()).orElse(field.getValue()));
                }
            }
        }
        return delegate.deserialize(written(node, serializedObject.getType(), byte[].class));
    }

    /**
     * Whether a stored payload of {@code payloadType} keeps every personal field sealed (or has none): false for an
     * event stored before sealing began, whose values a destroyed key cannot erase.
     */
    public boolean sealed(String payloadType, String storedJson) {
        Sealing sealing = sealed.get(payloadType);
        if (sealing == null) {
            return true;
        }
        try {
            return sealing.persons((ObjectNode) json.readTree(storedJson)).stream()
                    .flatMap(person -> sealing.erased().keySet().stream().map(person.fields()::get))
                    .allMatch(value -> value == null || !value.isTextual() || PersonalDataKeys.isSealed(value.asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode read(SerializedObject<?> serialized) {
        byte[] bytes = getConverter().convert(serialized, byte[].class).getData();
        try {
            return (ObjectNode) json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> SerializedObject<T> written(ObjectNode node, SerializedType type, Class<T> representation) {
        try {
            return getConverter().convert(new SimpleSerializedObject<>(json.writeValueAsBytes(node), byte[].class, type), representation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
