package io.autoghg.platform.evidence;

import io.autoghg.platform.support.AutoghgProperties;
import io.autoghg.platform.support.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import io.autoghg.platform.security.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * The evidence files on disk, content-addressed: DATA/evidence/ab/abcd…(64 hex digits), one file per
 * distinct content whatever plant or record refers to it. A file is written to DATA/evidence/tmp
 * first (hashed while it is written, flushed to disk) and then moved into place atomically, so a
 * reader never sees half a file. Files are encrypted at rest (AES-256-GCM, {@link FieldCipher}); the
 * name is the SHA-256 of the plain content, which every read checks after decrypting. Files
 * written before encryption was introduced are read as they are.
 */
@Component
class EvidenceStore {
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path root;
    private final FieldCipher cipher;

    EvidenceStore(AutoghgProperties properties, FieldCipher cipher) {
        this.root = Path.of(properties.data(), "evidence").toAbsolutePath().normalize();
        this.cipher = cipher;
    }

    /** A file as stored: its SHA-256 (lower-case hex) and size. */
    record Stored(String sha256, long size) {
    }

    Path root() {
        return root;
    }

    /** Where the content with this hash lives: evidence/ab/abcd…. */
    Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** "evidence/ab/abcd…", the place named in messages (relative to the data folder). */
    static String relative(String sha256) {
        return "evidence/" + sha256.substring(0, 2) + "/" + sha256;
    }

    /**
     * Streams the content into the store: refuses an empty file or one over 50 MB (field "file"),
     * keeps one copy per content, and replaces a stored copy that no longer matches its hash.
     */
    Stored write(InputStream content) {
        Path tmp = null;
        try (content) {
            Path folder = Files.createDirectories(root.resolve("tmp"));
            tmp = Files.createTempFile(folder, "upload-", ".part");
            MessageDigest digest = sha256();
            long size = 0;
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = content.read(buffer)) > 0) {
                    size += read;
                    if (size > MAX_BYTES) {
                        throw new BadRequestException("file", "the file is larger than 50 MB (" + MAX_BYTES
                                + " bytes); split it or scan it at a lower resolution");
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            if (size == 0) {
                throw new BadRequestException("file", "the file is empty");
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = path(sha);
            if (!Files.exists(target) || !sha.equals(storedHash(target))) {
                Files.createDirectories(target.getParent());
                Path sealed = tmp.resolveSibling(tmp.getFileName() + ".enc");
                try {
                    Files.write(sealed, cipher.encrypt(Files.readAllBytes(tmp)));
                    try (FileChannel channel = FileChannel.open(sealed, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                    move(sealed, target);
                } finally {
                    Files.deleteIfExists(sealed);
                }
            }
            return new Stored(sha, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an evidence file under " + root, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a leftover temporary file is harmless; the next upload uses another name
                }
            }
        }
    }

    /** The stored bytes, checked against the hash; a missing or changed file is an EvidenceIntegrityException. */
    byte[] read(long evidenceId, String sha256) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(sha256));
        } catch (NoSuchFileException e) {
            throw new EvidenceIntegrityException(evidenceId, "evidence " + evidenceId + ": stored file " + relative(sha256)
                    + " is missing; upload the original file again to restore it");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file of evidence " + evidenceId, e);
        }
        if (FieldCipher.isEncrypted(bytes)) {
            try {
                bytes = cipher.decrypt(bytes);
            } catch (IllegalStateException e) {
                throw new EvidenceIntegrityException(evidenceId, "evidence " + evidenceId + ": stored file does not match its SHA-256 "
                        + sha256 + " (the encrypted file " + relative(sha256) + " fails its authentication check: it was changed or "
                        + "damaged on disk, or AUTOGHG_ENCRYPTION_KEY is not the key it was written with)");
            }
        }
        String actual = HexFormat.of().formatHex(sha256().digest(bytes));
        if (!actual.equals(sha256)) {
            throw new EvidenceIntegrityException(evidenceId, "evidence " + evidenceId + ": stored file does not match its SHA-256 "
                    + sha256 + " (the file " + relative(sha256) + " now hashes to " + actual
                    + "); it was changed or damaged on disk; upload the original file again to restore it");
        }
        return bytes;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The hash of a stored file's plain content; "damaged" when it cannot be decrypted. */
    private String storedHash(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return HexFormat.of().formatHex(sha256().digest(cipher.decrypt(bytes)));
        } catch (IllegalStateException e) {
            return "damaged";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
