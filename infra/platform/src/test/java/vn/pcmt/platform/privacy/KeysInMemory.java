package vn.pcmt.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Keys in memory, destroyed for good like the stored ones: the store's part is {@link PersonalDataKeys}' own, tested through the registry. */
final class KeysInMemory extends PersonalDataKeys {

    final Map<String, SecretKey> keys = new HashMap<>();
    private final Set<String> destroyed = new HashSet<>();

    KeysInMemory() {
        super(null, new SecretKeySpec("master-key-of-the-tests-32-bytes".getBytes(StandardCharsets.US_ASCII), "AES"));
    }

    @Override
    public SecretKey keyFor(String personId) {
        if (destroyed.contains(personId)) {
            throw new ErasedException(personId);
        }
        return keys.computeIfAbsent(personId, id -> new SecretKeySpec(("0123456789abcdef0123456789abcde" + id.charAt(0))
                .getBytes(StandardCharsets.US_ASCII), "AES"));
    }

    @Override
    public Optional<SecretKey> existing(String personId) {
        return Optional.ofNullable(keys.get(personId));
    }

    @Override
    public void destroy(String personId) {
        destroyed.add(personId);
        keys.remove(personId);
    }
}
