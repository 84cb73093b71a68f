package vn.pcmt.platform.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

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

    /** How a sealed value starts in the stored JSON. */
    static final String SEALED = "sealed:v1:";

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
     * @param personField the payload field holding the person's id
     * @param erased      each personal field and what it reads as once the person's key is destroyed
     */
    public record Sealing(String personField, Map<String, String> erased) {
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> plain = delegate.serialize(object, expectedRepresentation);
        Sealing sealing = object == null ? null : sealed.get(object.getClass().getName());
        if (sealing == null) {
            return plain;
        }
        ObjectNode node = read(plain);
        String person = node.path(sealing.personField()).asText(null);
        SecretKey key = keys.keyFor(person);
        sealing.erased().keySet().forEach(field -> {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                node.put(field, SEALED + Base64.getEncoder().encodeToString(
                        PersonalDataKeys.seal(key, value.asText().getBytes(StandardCharsets.UTF_8), person + "/" + field)));
            }
        });
        return written(node, plain.getType(), expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Sealing sealing = sealed.get(serializedObject.getType().getName());
        if (sealing == null) {
            return delegate.deserialize(serializedObject);
        }
        ObjectNode node = read(serializedObject);
        String person = node.path(sealing.personField()).asText(null);
        Optional<SecretKey> key = Optional.empty();
        for (Map.Entry<String, String> field : sealing.erased().entrySet()) {
            JsonNode value = node.get(field.getKey());
            if (value == null || !value.isTextual() || !value.asText().startsWith(SEALED)) {
                continue;
            }
            if (key.isEmpty()) {
                key = keys.existing(person);
            }
            if (key.isEmpty()) {
                node.put(field.getKey(), field.getValue()); // the person's key was destroyed: erased
            } else {
                byte[] opened = PersonalDataKeys.open(key.get(), Base64.getDecoder().decode(value.asText().substring(SEALED.length())),
                        person + "/" + field.getKey());
                node.put(field.getKey(), new String(opened, StandardCharsets.UTF_8));
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
            JsonNode node = json.readTree(storedJson);
            return sealing.erased().keySet().stream().map(node::get)
                    .allMatch(value -> value == null || !value.isTextual() || value.asText().startsWith(SEALED));
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
