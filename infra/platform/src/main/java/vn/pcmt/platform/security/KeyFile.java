package vn.pcmt.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit secret key kept in a file outside the database (Base64): read if it exists, otherwise made and written
 * readable by its owner only. Losing the file loses what the key protects: back it up apart from the database.
 */
public final class KeyFile {

    private static final int KEY_BYTES = 32;

    private KeyFile() {
    }

    /**
     * @param mayCreate whether a missing file may be made: false once something protected by the key is stored, so that
     *                  a lost or unmounted file stops the service instead of starting a second key
     */
    public static SecretKey loadOrCreate(Path file, String algorithm, boolean mayCreate) {
        try {
            if (Files.exists(file)) {
                byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (key.length != KEY_BYTES) {
                    throw new IllegalStateException("The key file " + file + " does not hold " + KEY_BYTES + " bytes");
                }
                return new SecretKeySpec(key, algorithm);
            }
            if (!mayCreate) {
                throw new IllegalStateException("The key file " + file + " is missing but data it protects is stored: restore it from "
                        + "its backup");
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(partial); // a file system without POSIX permissions: the folder's own protection applies
            }
            Files.writeString(partial, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            Files.move(partial, file);
            return new SecretKeySpec(key, algorithm);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the key file " + file, e);
        }
    }
}
