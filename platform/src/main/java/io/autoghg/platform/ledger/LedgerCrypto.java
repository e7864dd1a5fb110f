package io.autoghg.platform.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger's byte layouts, plain Java (used by the service and by the offline {@link BundleVerifier}).
 * See docs/ledger.md for the exact definitions.
 */
public final class LedgerCrypto {
    /** The previous hash of a plant's first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private LedgerCrypto() {
    }

    /** recorded_at as hashed: UTC, ISO-8601, exactly six fraction digits, e.g. 2026-11-25T16:11:50.123456Z. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * An entry's hash: SHA-256, lower-case hex, over the UTF-8 bytes of
     * {@code prevHash + "\n" + payload + "\n" + kind + "\n" + subject + "\n" + recordedAt}.
     */
    public static String entryHash(String prevHash, String payload, String kind, String subject, String recordedAt) {
        return HexFormat.of().formatHex(sha256((prevHash + "\n" + payload + "\n" + kind + "\n" + subject + "\n" + recordedAt)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** The Merkle root (hex) over entry hashes (hex) in seq order; see {@link #levels}. */
    public static String merkleRoot(List<String> leaves) {
        List<List<byte[]>> levels = levels(leaves);
        return HexFormat.of().formatHex(levels.get(levels.size() - 1).get(0));
    }

    /**
     * The tree's levels, leaves first: a leaf is the entry hash's 32 bytes; a parent is
     * SHA-256(left || right); a level of odd size pairs its last node with itself. One leaf is its own root.
     */
    static List<List<byte[]>> levels(List<String> leaves) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        List<List<byte[]>> levels = new ArrayList<>();
        List<byte[]> level = new ArrayList<>();
        for (String leaf : leaves) {
            level.add(HexFormat.of().parseHex(leaf));
        }
        levels.add(level);
        while (level.size() > 1) {
            List<byte[]> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                byte[] left = level.get(i);
                byte[] right = i + 1 < level.size() ? level.get(i + 1) : left;
                next.add(sha256(concat(left, right)));
            }
            levels.add(next);
            level = next;
        }
        return levels;
    }

    /** One step of a Merkle proof: the sibling's hash and whether it stands on the right. */
    public record ProofStep(String sibling, boolean siblingOnRight) {
    }

    /** The inclusion proof of leaf {@code index}: the siblings from the leaves up to the root. */
    public static List<ProofStep> proof(List<String> leaves, int index) {
        List<List<byte[]>> levels = levels(leaves);
        List<ProofStep> steps = new ArrayList<>();
        int i = index;
        for (int l = 0; l < levels.size() - 1; l++) {
            List<byte[]> level = levels.get(l);
            boolean right = i % 2 == 0;
            int sibling = right ? Math.min(i + 1, level.size() - 1) : i - 1;
            steps.add(new ProofStep(HexFormat.of().formatHex(level.get(sibling)), right));
            i /= 2;
        }
        return steps;
    }

    /** Folds a proof from a leaf; equals the root when the leaf is included. */
    public static String applyProof(String leaf, List<ProofStep> steps) {
        byte[] node = HexFormat.of().parseHex(leaf);
        for (ProofStep step : steps) {
            byte[] sibling = HexFormat.of().parseHex(step.sibling());
            node = sha256(step.siblingOnRight() ? concat(node, sibling) : concat(sibling, node));
        }
        return HexFormat.of().formatHex(node);
    }

    /**
     * The bytes a seal's signature covers: UTF-8 of
     * {@code "autoghg-ledger-seal/1\n" + plant + "\n" + year + "\n" + firstSeq + "\n" + lastSeq + "\n" + entries + "\n" + merkleRoot + "\n" + sealedAt}.
     */
    public static byte[] sealMessage(String plant, int year, long firstSeq, long lastSeq, int entries, String merkleRoot,
                                     String sealedAt) {
        return ("autoghg-ledger-seal/1\n" + plant + "\n" + year + "\n" + firstSeq + "\n" + lastSeq + "\n" + entries + "\n"
                + merkleRoot + "\n" + sealedAt).getBytes(StandardCharsets.UTF_8);
    }

    /** Verifies an Ed25519 signature (base64) with a public key (X.509, base64). */
    public static boolean verify(byte[] message, String signatureBase64, String publicKeyBase64) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Canonical JSON: objects with keys in code-point order, no white space, strings escaped as in
     * RFC 8259 (with {@code \\uXXXX} for control characters only), numbers in plain decimal notation.
     */
    public static String canonicalJson(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(value);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
