package io.autoghg.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The chain, the Merkle tree and the bundle check, computed by hand with MessageDigest. */
class LedgerCryptoTests {
    private static final String ZEROS = "0000000000000000000000000000000000000000000000000000000000000000";

    private static byte[] sha(byte[]... parts) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] raw(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static String handHash(String prev, String payload, String kind, String subject, String at) throws Exception {
        return hex(sha((prev + "\n" + payload + "\n" + kind + "\n" + subject + "\n" + at).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void entryHashIsSha256OverTheDocumentedLayoutAndChainsFromZeros() throws Exception {
        String h1 = handHash(ZEROS, "{\"id\":1,\"quantity\":\"100\"}", "datum.created", "2025/datum/1", "2025-01-02T03:04:05.000006Z");
        assertThat(LedgerCrypto.entryHash(LedgerCrypto.GENESIS, "{\"id\":1,\"quantity\":\"100\"}", "datum.created",
                "2025/datum/1", "2025-01-02T03:04:05.000006Z")).isEqualTo(h1);
        String h2 = handHash(h1, "{\"id\":2}", "datum.created", "2025/datum/2", "2025-01-02T03:04:05.000007Z");
        assertThat(LedgerCrypto.entryHash(h1, "{\"id\":2}", "datum.created", "2025/datum/2", "2025-01-02T03:04:05.000007Z"))
                .isEqualTo(h2);
        assertThat(LedgerCrypto.time(java.time.Instant.parse("2025-01-02T03:04:05Z"))).isEqualTo("2025-01-02T03:04:05.000000Z");
    }

    @Test
    void canonicalJsonSortsKeysAndHasNoWhiteSpace() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("z", "a\"b\nc");
        payload.put("a", 1L);
        payload.put("m", null);
        payload.put("l", List.of(new java.math.BigDecimal("1.50"), true));
        assertThat(LedgerCrypto.canonicalJson(payload)).isEqualTo("{\"a\":1,\"l\":[1.50,true],\"m\":null,\"z\":\"a\\\"b\\nc\"}");
    }

    @Test
    void merkleRootPairsAndDuplicatesTheLastNodeOfAnOddLevel() throws Exception {
        List<String> leaves = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            leaves.add(hex(sha(("entry " + i).getBytes(StandardCharsets.UTF_8))));
        }
        byte[] a = raw(leaves.get(0)), b = raw(leaves.get(1)), c = raw(leaves.get(2)), d = raw(leaves.get(3)), e = raw(leaves.get(4));
        // 3 leaves: H(H(a|b) | H(c|c))
        assertThat(LedgerCrypto.merkleRoot(leaves.subList(0, 3))).isEqualTo(hex(sha(sha(a, b), sha(c, c))));
        // 5 leaves: level 1 = ab, cd, ee; level 2 = H(ab|cd), H(ee|ee); root = H of those
        byte[] ab = sha(a, b), cd = sha(c, d), ee = sha(e, e);
        String root5 = hex(sha(sha(ab, cd), sha(ee, ee)));
        assertThat(LedgerCrypto.merkleRoot(leaves)).isEqualTo(root5);
        assertThat(LedgerCrypto.merkleRoot(leaves.subList(0, 1))).isEqualTo(leaves.get(0));
        for (int i = 0; i < 5; i++) {
            List<LedgerCrypto.ProofStep> proof = LedgerCrypto.proof(leaves, i);
            assertThat(proof).hasSize(3);
            assertThat(LedgerCrypto.applyProof(leaves.get(i), proof)).as("leaf %d", i).isEqualTo(root5);
        }
        assertThat(LedgerCrypto.applyProof(leaves.get(1), LedgerCrypto.proof(leaves, 0))).isNotEqualTo(root5);
    }

    /** A bundle built by hand: 4 entries, entries 2–4 of 2025 sealed and signed. */
    static String handBundle() throws Exception {
        String[][] raw = {
                {"1", "source.parameters", "2024/source/B", "{\"source\":\"B\"}", "2024-12-31T23:00:00.000000Z"},
                {"2", "datum.created", "2025/datum/42", "{\"id\":42,\"quantity\":\"100\"}", "2025-01-05T10:00:00.000000Z"},
                {"3", "datum.created", "2025/datum/43", "{\"id\":43,\"quantity\":\"7\"}", "2025-01-05T10:00:00.000001Z"},
                {"4", "inventory.version", "2025/inventory/1", "{\"version\":1}", "2025-02-01T00:00:00.000000Z"}};
        List<Map<String, Object>> entries = new ArrayList<>();
        String prev = ZEROS;
        for (String[] r : raw) {
            String hash = handHash(prev, r[3], r[1], r[2], r[4]);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("seq", Long.parseLong(r[0]));
            entry.put("kind", r[1]);
            entry.put("subject", r[2]);
            entry.put("payload", r[3]);
            entry.put("recordedAt", r[4]);
            entry.put("prevHash", prev);
            entry.put("hash", hash);
            entries.add(entry);
            prev = hash;
        }
        List<String> sealed = entries.subList(1, 4).stream().map(e -> (String) e.get("hash")).toList();
        String root = hex(sha(sha(raw(sealed.get(0)), raw(sealed.get(1))), sha(raw(sealed.get(2)), raw(sealed.get(2)))));
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String sealedAt = "2026-01-10T08:00:00.000000Z";
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(("autoghg-ledger-seal/1\nP\n2025\n2\n4\n3\n" + root + "\n" + sealedAt).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> seal = new LinkedHashMap<>();
        seal.put("plant", "P");
        seal.put("year", 2025);
        seal.put("merkleRoot", root);
        seal.put("firstSeq", 2);
        seal.put("lastSeq", 4);
        seal.put("entries", 3);
        seal.put("sealedAt", sealedAt);
        seal.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", "autoghg-ledger-bundle/1");
        bundle.put("plant", "P");
        bundle.put("year", 2025);
        bundle.put("publicKey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        bundle.put("seal", seal);
        bundle.put("entries", entries);
        bundle.put("sealedHashes", sealed);
        return JsonMapper.builder().build().writeValueAsString(bundle);
    }

    @Test
    void aHandBuiltBundleVerifiesWithItsDatumProof() throws Exception {
        BundleVerifier.Result result = BundleVerifier.verify(handBundle(), 43L);
        assertThat(result.ok()).as(String.join("\n", result.lines())).isTrue();
        assertThat(result.lines()).startsWith("chain: 4 entries, hashes and links OK",
                "seal: merkle root OK (3 entries of 2025, seq 2 to 4)", "signature: OK (Ed25519)",
                "datum 43: included (proof of 2 steps)");
    }

    @Test
    void anyChangedValueFailsAndNamesWhatBroke() throws Exception {
        String bundle = handBundle();
        BundleVerifier.Result payload = BundleVerifier.verify(bundle.replace("\\\"quantity\\\":\\\"100\\\"",
                "\\\"quantity\\\":\\\"90\\\""), null);
        assertThat(payload.ok()).isFalse();
        assertThat(payload.failure()).startsWith("chain: entry seq 2: hash expected ").contains(", found ");

        BundleVerifier.Result time = BundleVerifier.verify(bundle.replace("2025-02-01T00:00:00.000000Z", "2025-02-01T00:00:01.000000Z"),
                null);
        assertThat(time.failure()).startsWith("chain: entry seq 4: hash expected");

        BundleVerifier.Result sealedAt = BundleVerifier.verify(bundle.replace("2026-01-10T08", "2026-01-11T08"), null);
        assertThat(sealedAt.failure()).isEqualTo("signature: does not verify with the bundle's public key (Ed25519)");

        BundleVerifier.Result missing = BundleVerifier.verify(bundle, 44L);
        assertThat(missing.ok()).isFalse();
        assertThat(missing.failure()).isEqualTo("datum 44: not among the sealed entries of 2025");
    }
}
