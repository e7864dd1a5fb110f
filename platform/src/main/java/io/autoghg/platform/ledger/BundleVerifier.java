package io.autoghg.platform.ledger;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an exported ledger bundle offline — plain Java, no service, no database (docs/ledger.md §6):
 * every entry's hash and link, the seal's Merkle root over the year's entries, the Ed25519
 * signature with the bundle's public key, and optionally a datum's inclusion (Merkle proof).
 */
public final class BundleVerifier {
    public static final String FORMAT = "autoghg-ledger-bundle/1";

    /** One chain entry as the bundle holds it. */
    public record ChainEntry(long seq, String kind, String subject, String payload, String recordedAt, String prevHash,
                             String hash) {
    }

    /** What was checked, line by line; {@code ok} only when everything held; {@code failure} names the first that did not. */
    public record Result(boolean ok, List<String> lines, String failure) {
    }

    private BundleVerifier() {
    }

    /** Verifies a bundle's JSON text; {@code datum} (may be null) must be included in the seal. */
    public static Result verify(String bundleJson, Long datum) {
        List<String> lines = new ArrayList<>();
        JsonNode bundle;
        try {
            bundle = JsonMapper.builder().build().readTree(bundleJson);
        } catch (RuntimeException e) {
            return fail(lines, "bundle: not readable JSON (" + e.getMessage() + ")");
        }
        if (!FORMAT.equals(bundle.path("format").asString())) {
            return fail(lines, "bundle: format '" + bundle.path("format").asString() + "', expected " + FORMAT);
        }
        List<ChainEntry> chain = new ArrayList<>();
        for (JsonNode e : bundle.path("entries")) {
            chain.add(new ChainEntry(e.path("seq").asLong(), text(e, "kind"), text(e, "subject"), text(e, "payload"),
                    text(e, "recordedAt"), text(e, "prevHash"), text(e, "hash")));
        }
        if (chain.isEmpty()) {
            return fail(lines, "chain: the bundle has no entries");
        }
        String chainProblem = chainProblem(chain);
        if (chainProblem != null) {
            return fail(lines, "chain: " + chainProblem);
        }
        lines.add("chain: " + chain.size() + " entries, hashes and links OK");

        JsonNode seal = bundle.path("seal");
        String plant = bundle.path("plant").asString();
        int year = bundle.path("year").asInt();
        if (!plant.equals(seal.path("plant").asString()) || year != seal.path("year").asInt()) {
            return fail(lines, "seal: it is for plant " + seal.path("plant").asString() + " " + seal.path("year").asInt()
                    + ", the bundle for " + plant + " " + year);
        }
        long firstSeq = seal.path("firstSeq").asLong();
        long lastSeq = seal.path("lastSeq").asLong();
        if (chain.get(chain.size() - 1).seq() != lastSeq) {
            return fail(lines, "seal: last sealed entry is seq " + lastSeq + ", the chain ends at seq "
                    + chain.get(chain.size() - 1).seq());
        }
        List<ChainEntry> sealed = chain.stream()
                .filter(e -> e.seq() >= firstSeq && e.subject() != null && e.subject().startsWith(year + "/")).toList();
        if (sealed.isEmpty() || sealed.get(0).seq() != firstSeq) {
            return fail(lines, "seal: first sealed entry seq " + firstSeq + " is not an entry of " + year);
        }
        if (sealed.size() != seal.path("entries").asInt()) {
            return fail(lines, "seal: " + seal.path("entries").asInt() + " entries sealed, the chain holds " + sealed.size()
                    + " entries of " + year);
        }
        List<String> leaves = sealed.stream().map(ChainEntry::hash).toList();
        List<String> listed = new ArrayList<>();
        bundle.path("sealedHashes").forEach(h -> listed.add(h.asString()));
        if (!listed.equals(leaves)) {
            return fail(lines, "seal: the bundle's sealedHashes differ from the hashes of the sealed entries");
        }
        String root = LedgerCrypto.merkleRoot(leaves);
        String sealedRoot = seal.path("merkleRoot").asString();
        if (!root.equals(sealedRoot)) {
            return fail(lines, "seal: merkle root expected " + root + ", found " + sealedRoot);
        }
        lines.add("seal: merkle root OK (" + sealed.size() + " entries of " + year + ", seq " + firstSeq + " to " + lastSeq + ")");

        byte[] message = LedgerCrypto.sealMessage(plant, year, firstSeq, lastSeq, sealed.size(), sealedRoot,
                seal.path("sealedAt").asString());
        if (!LedgerCrypto.verify(message, seal.path("signature").asString(), bundle.path("publicKey").asString())) {
            return fail(lines, "signature: does not verify with the bundle's public key (Ed25519)");
        }
        lines.add("signature: OK (Ed25519)");

        if (datum != null) {
            int index = -1;
            for (int i = 0; i < sealed.size(); i++) {
                if (sealed.get(i).subject().equals(year + "/datum/" + datum)) {
                    index = i;
                }
            }
            if (index < 0) {
                return fail(lines, "datum " + datum + ": not among the sealed entries of " + year);
            }
            List<LedgerCrypto.ProofStep> proof = LedgerCrypto.proof(leaves, index);
            String folded = LedgerCrypto.applyProof(leaves.get(index), proof);
            if (!folded.equals(sealedRoot)) {
                return fail(lines, "datum " + datum + ": proof gives " + folded + ", not the sealed root");
            }
            lines.add("datum " + datum + ": included (proof of " + proof.size() + " steps)");
            lines.add("  leaf: entry " + sealed.get(index).seq() + " " + leaves.get(index));
            for (int i = 0; i < proof.size(); i++) {
                lines.add("  step " + (i + 1) + ": sibling " + proof.get(i).sibling() + " on the "
                        + (proof.get(i).siblingOnRight() ? "right" : "left"));
            }
            lines.add("  root: " + sealedRoot);
        }
        return new Result(true, lines, null);
    }

    /** The first entry whose link or hash does not hold, or null when the whole chain holds. */
    static String chainProblem(List<ChainEntry> chain) {
        String prev = LedgerCrypto.GENESIS;
        long lastSeq = Long.MIN_VALUE;
        for (ChainEntry e : chain) {
            if (e.seq() <= lastSeq) {
                return "entry seq " + e.seq() + ": out of order after seq " + lastSeq;
            }
            if (!prev.equals(e.prevHash())) {
                return "entry seq " + e.seq() + ": previous hash expected " + prev + ", found " + e.prevHash();
            }
            String hash = LedgerCrypto.entryHash(e.prevHash(), String.valueOf(e.payload()), e.kind(), e.subject(), e.recordedAt());
            if (!hash.equals(e.hash())) {
                return "entry seq " + e.seq() + ": hash expected " + hash + ", found " + e.hash();
            }
            prev = e.hash();
            lastSeq = e.seq();
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Result fail(List<String> lines, String failure) {
        lines.add(failure);
        return new Result(false, lines, failure);
    }
}
