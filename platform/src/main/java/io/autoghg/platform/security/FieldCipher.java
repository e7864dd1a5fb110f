package io.autoghg.platform.security;

import io.autoghg.platform.support.AutoghgProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive fields at rest with AES-256-GCM. The key comes from configuration
 * (AUTOGHG_ENCRYPTION_KEY, 32 bytes in Base64); without it a key is generated once into
 * data/keys/field.key (owner read/write only) so that a demo works, with a warning.
 * Ciphertext bytes start with a version byte, then the 12-byte nonce, then GCM output.
 */
@Component
public class FieldCipher {
    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    private static final byte VERSION = 1;
    private static final byte[] MAGIC = "AGE".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE = 12;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @org.springframework.beans.factory.annotation.Autowired
    FieldCipher(AutoghgProperties properties) {
        this.key = new SecretKeySpec(keyBytes(properties), "AES");
    }

    FieldCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    private static byte[] keyBytes(AutoghgProperties properties) {
        String configured = properties.encryptionKey();
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length != 32) {
                throw new IllegalStateException("AUTOGHG_ENCRYPTION_KEY must be 32 bytes in Base64 (e.g. openssl rand -base64 32), got "
                        + key.length + " bytes");
            }
            return key;
        }
        Path file = Path.of(properties.data(), "keys", "field.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the file keeps the folder's permissions
            }
            log.warn("event=encryption-key-generated file={} hint=\"set AUTOGHG_ENCRYPTION_KEY in production and keep it apart from backups\"",
                    file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] encrypt(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + 1 + NONCE + sealed.length).put(MAGIC).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Whether bytes were written by {@link #encrypt}; older rows written in clear are read as they are. */
    public static boolean isEncrypted(byte[] stored) {
        return stored != null && stored.length > MAGIC.length + 1 + NONCE && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                && stored[MAGIC.length] == VERSION;
    }

    public byte[] decrypt(byte[] stored) {
        if (!isEncrypted(stored)) {
            return stored;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            int offset = MAGIC.length + 1;
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, offset, NONCE));
            return cipher.doFinal(stored, offset + NONCE, stored.length - offset - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a protected field: wrong AUTOGHG_ENCRYPTION_KEY or altered data", e);
        }
    }

    public String encryptText(String plain) {
        return plain == null ? null : Base64.getEncoder().encodeToString(encrypt(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String decryptText(String stored) {
        return stored == null ? null : new String(decrypt(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
    }
}
