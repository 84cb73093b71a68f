package vn.pcmt.reporting.query.eventlog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.security.KeyFile;

/**
 * Stable pseudonyms for analysts (DESIGN.md: "an analyst sees only pseudonymised data"): every id is replaced by an
 * HMAC of it under reporting's pseudonym key, kept outside the database, so the same person (or case) has the same
 * pseudonym in every export and every event, and nobody without the key can turn it back into the id the services
 * know. Integration events carry no names or identity numbers to begin with.
 */
@Component
public class Pseudonyms {

    private final SecretKey key;

    public Pseudonyms(@Value("${pcmt.reporting.pseudonym-key-file}") Path keyFile) {
        this.key = KeyFile.loadOrCreate(keyFile, "HmacSHA256", true);
    }

    /** The pseudonym of an id: {@code p} and 24 hex digits (96 bits). */
    public String of(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return "p" + HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** The payload with every id field ({@code …Id}, {@code …Ids}), at any depth, replaced by its pseudonym. */
    public Document pseudonymised(Document payload) {
        Document copy = new Document();
        payload.forEach((field, value) -> copy.put(field, isId(field) ? pseudonymisedId(value) : nested(value)));
        return copy;
    }

    private Object nested(Object value) {
        if (value instanceof Document document) {
            return pseudonymised(document);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::nested).toList();
        }
        if (value instanceof Map<?, ?> map) {
            return pseudonymised(new Document(castKeys(map)));
        }
        return value;
    }

    private Object pseudonymisedId(Object value) {
        if (value instanceof String id) {
            return of(id);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::pseudonymisedId).toList();
        }
        return value;
    }

    private static boolean isId(String field) {
        return field.endsWith("Id") || field.endsWith("Ids");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castKeys(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
