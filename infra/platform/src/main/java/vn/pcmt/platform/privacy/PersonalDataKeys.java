package vn.pcmt.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.pcmt.platform.security.KeyFile;

/**
 * One AES-256 key per person, stored wrapped (AES-GCM) by the service's master key, which lives in a file outside the
 * database: a copy of the database alone reads no name. {@link #destroy(String)} removes a person's key for good.
 */
public class PersonalDataKeys {

    /** How a sealed value starts where it is stored. */
    public static final String SEALED = "sealed:v1:";
    /** What an erased person's name reads as in every service (their identity number and contacts read as none). */
    public static final String ERASED_NAME = "[Đã xóa khi hết thời hạn lưu trữ]";
    /** How a blind index starts: a keyed hash, matchable for equality, never readable. */
    static final String BLIND = "b1:";
    static final String COLLECTION = "personal_data_keys";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /**
     * Keys unwrapped recently, bounded: room for a province's subjects (a list sorted by name opens all of them, about
     * 20,000), not for a country's.
     */
    private static final int CACHED = 50_000;
    /**
     * How long an unwrapped key is used without looking at the store again: the longest another instance keeps reading
     * a subject's data after it was erased there.
     */
    static final Duration CACHED_FOR = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final SecretKey master;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Keys this instance destroyed: never served again from a key unwrapped just before (erasures are rare). */
    private final Set<String> destroyedHere = ConcurrentHashMap.newKeySet();

    public PersonalDataKeys(MongoTemplate mongo, SecretKey master) {
        this.mongo = mongo;
        this.master = master;
    }

    /** The person's key, made and stored the first time they need one. */
    public SecretKey keyFor(String personId) {
        return existing(personId).orElseGet(() -> {
            byte[] key = new byte[KEY_BYTES];
            random.nextBytes(key);
            try {
                mongo.insert(new StoredKey(personId, Base64.getEncoder().encodeToString(seal(master, key, personId)), Instant.now(), null));
            } catch (DuplicateKeyException made) {
                return existing(personId).orElseThrow(() -> new ErasedException(personId)); // made by another request, or destroyed
            }
            return remember(personId, new SecretKeySpec(key, "AES"));
        });
    }

    /** The person's key, or empty once it was destroyed (or never made). */
    public Optional<SecretKey> existing(String personId) {
        if (destroyedHere.contains(personId)) {
            return Optional.empty();
        }
        Cached cached = cache.get(personId);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return Optional.of(cached.key());
        }
        StoredKey stored = mongo.findById(personId, StoredKey.class);
        if (stored == null || stored.wrapped() == null) {
            return Optional.empty();
        }
        return Optional.of(remember(personId, new SecretKeySpec(open(master, Base64.getDecoder().decode(stored.wrapped()), personId), "AES")));
    }

    /**
     * Destroys the person's key: what was sealed with it is unreadable from now on, wherever the events were copied
     * (a backup of this collection taken before, with the master key, still opens it: keep such backups no longer
     * than the retention). The store first, then this instance's cache; other instances drop it within
     * {@link #CACHED_FOR}.
     */
    public void destroy(String personId) {
        destroyedHere.add(personId);
        mongo.save(new StoredKey(personId, null, null, Instant.now()));
        cache.remove(personId);
    }

    /**
     * {@code plain} sealed for storage with the person's key (made if needed), bound to the person and the field.
     *
     * @throws ErasedException when the person's key was destroyed
     */
    public String seal(String personId, String field, String plain) {
        return SEALED + Base64.getEncoder().encodeToString(seal(keyFor(personId), plain.getBytes(StandardCharsets.UTF_8),
                personId + "/" + field));
    }

    /**
     * What {@link #seal(String, String, String)} sealed, opened; empty once the person's key was destroyed. A value that
     * was never sealed (stored before sealing began, or an erased placeholder) is returned as it is.
     *
     * @throws IllegalStateException when the value was sealed for another person or field, or altered
     */
    public Optional<String> open(String personId, String field, String stored) {
        if (!isSealed(stored)) {
            return Optional.of(stored);
        }
        return existing(personId).map(key -> new String(open(key, Base64.getDecoder().decode(stored.substring(SEALED.length())),
                personId + "/" + field), StandardCharsets.UTF_8));
    }

    public static boolean isSealed(Object value) {
        return value instanceof String text && text.startsWith(SEALED);
    }

    /**
     * A keyed hash of {@code value} for finding equal values without storing them readable (a blind index): the same
     * value and purpose give the same index; without the master key a copy of the store cannot test guesses against it.
     */
    public String blindIndex(String purpose, String value) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(master.getEncoded(), "HmacSHA256"));
            byte[] purposeKey = derive.doFinal(("pcmt/blind-index/" + purpose).getBytes(StandardCharsets.UTF_8));
            Mac index = Mac.getInstance("HmacSHA256");
            index.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return BLIND + Base64.getUrlEncoder().withoutPadding().encodeToString(index.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is in every Java runtime", e);
        }
    }

    public static boolean isBlindIndex(String value) {
        return value.startsWith(BLIND);
    }

    /** Loads the keys of {@code personIds} not cached yet in one query, ahead of opening many persons' data. */
    public void prefetch(Collection<String> personIds) {
        Instant now = Instant.now();
        List<String> missing = personIds.stream().distinct().filter(id -> !destroyedHere.contains(id))
                .filter(id -> cache.get(id) == null || !cache.get(id).until().isAfter(now)).toList();
        if (missing.isEmpty()) {
            return;
        }
        for (StoredKey stored : mongo.find(Query.query(Criteria.where("_id").in(missing)), StoredKey.class)) {
            if (stored.wrapped() != null) {
                remember(stored.personId(), new SecretKeySpec(open(master, Base64.getDecoder().decode(stored.wrapped()), stored.personId()), "AES"));
            }
        }
    }

    private SecretKey remember(String personId, SecretKey key) {
        if (cache.size() >= CACHED) {
            cache.clear();
        }
        cache.put(personId, new Cached(key, Instant.now().plus(CACHED_FOR)));
        return key;
    }

    /** AES-GCM with a fresh nonce, bound to {@code context} (who and which field): nonce then ciphertext and tag. */
    static byte[] seal(SecretKey key, byte[] plain, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every Java runtime", e);
        }
    }

    /** @throws IllegalStateException when the data was not sealed with this key and context (altered, or another person's) */
    static byte[] open(SecretKey key, byte[] sealed, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data of " + context + " cannot be opened: altered, or sealed with another key", e);
        }
    }

    /**
     * The keys of a service, wrapped by the master key in {@code masterKeyFile}. A missing file is made only while no
     * key is stored: a file lost or not mounted must stop the service, not start a second master key under which the
     * stored keys never open again.
     */
    public static PersonalDataKeys open(MongoTemplate mongo, Path masterKeyFile) {
        boolean keysStored = mongo.collectionExists(COLLECTION) && mongo.getCollection(COLLECTION).countDocuments() > 0;
        return new PersonalDataKeys(mongo, KeyFile.loadOrCreate(masterKeyFile, "AES", !keysStored));
    }

    private record Cached(SecretKey key, Instant until) {
    }

    /** A person's key as stored: wrapped by the master key, or {@code null} with the time it was destroyed. */
    @Document(COLLECTION)
    record StoredKey(@Id String personId, String wrapped, Instant createdAt, Instant destroyedAt) {
    }

    /** Sealing data for a person whose key was destroyed: their data may not be recorded again. */
    public static class ErasedException extends IllegalStateException {

        public ErasedException(String personId) {
            super("The personal data key of " + personId + " was destroyed");
        }
    }
}
