package io.autoghg.platform.ledger;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.activity.AccountingInputs;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.support.Page;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tamper-evident ledger (docs/ledger.md): appends entries to a plant's hash chain, seals a
 * reporting year's entries under a signed Merkle root, exports bundles and checks the stored chain
 * and the activity data against it.
 */
@Service
public class LedgerService {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final OrganisationService organisation;
    private final AccountingInputs inputs;
    private final ActivityService activity;

    private final Access access;
    private final io.autoghg.platform.security.FieldCipher cipher;

    LedgerService(JdbcClient jdbc, JdbcTemplate template, OrganisationService organisation, AccountingInputs inputs, ActivityService activity,
                  Access access, io.autoghg.platform.security.FieldCipher cipher) {
        this.access = access;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.template = template;
        this.organisation = organisation;
        this.inputs = inputs;
        this.activity = activity;
        encryptKeysStoredInClear();
    }

    /** A stored entry. */
    public record Entry(long seq, String kind, String subject, String payload, String recordedAt, String prevHash, String hash) {
    }

    /** A signed seal over a year's entries. */
    public record Seal(String plant, int year, String merkleRoot, long firstSeq, long lastSeq, int entries, String sealedAt,
                       String signature, String publicKey) {
    }

    /** The first broken entry of a chain, or a datum whose row differs from its ledger entry. */
    public record Check(String plant, int entries, boolean chainOk, String chainProblem, List<String> dataProblems, boolean ok) {
    }

    /** An entry to append: its payload is written as canonical JSON. */
    public record NewEntry(String kind, String subject, Map<String, ?> payload) {
    }

    /** Appends one entry under the plant's advisory lock. */
    @Transactional
    public Entry append(String plantCode, String kind, String subject, Map<String, ?> payload) {
        return append(plantCode, List.of(new NewEntry(kind, subject, payload))).get(0);
    }

    /** Appends entries in order under the plant's advisory lock (one batch insert). */
    @Transactional
    public List<Entry> append(String plantCode, List<NewEntry> entries) {
        long plantId = organisation.plant(plantCode).id();
        inputs.lock(plantCode);
        String prev = jdbc.sql("select hash from ledger_entry where plant_id = ? order by seq desc limit 1").param(plantId)
                .query(String.class).optional().orElse(LedgerCrypto.GENESIS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String at = LedgerCrypto.time(now);
        List<Long> seqs = jdbc.sql("select nextval('ledger_entry_seq_seq') from generate_series(1, ?)").param(entries.size())
                .query(Long.class).list();
        List<Entry> written = new ArrayList<>();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            NewEntry entry = entries.get(i);
            String text = LedgerCrypto.canonicalJson(entry.payload());
            String hash = LedgerCrypto.entryHash(prev, text, entry.kind(), entry.subject(), at);
            written.add(new Entry(seqs.get(i), entry.kind(), entry.subject(), text, at, prev, hash));
            batch.add(new Object[] {seqs.get(i), plantId, entry.kind(), entry.subject(), text, Timestamp.from(now), prev, hash});
            prev = hash;
        }
        template.batchUpdate("""
                insert into ledger_entry (seq, plant_id, kind, subject, payload, recorded_at, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        return written;
    }

    /** The plant's entries in chain order, up to {@code lastSeq} (all when null). */
    public List<Entry> entries(String plantCode, Long lastSeq) {
        long plantId = organisation.plant(plantCode).id();
        return jdbc.sql("""
                        select seq, kind, subject, payload, recorded_at, prev_hash, hash from ledger_entry
                        where plant_id = ? and seq <= ? order by seq""")
                .params(plantId, lastSeq == null ? Long.MAX_VALUE : lastSeq)
                .query((rs, n) -> new Entry(rs.getLong("seq"), rs.getString("kind"), rs.getString("subject"),
                        rs.getString("payload"), LedgerCrypto.time(rs.getTimestamp("recorded_at").toInstant()),
                        rs.getString("prev_hash"), rs.getString("hash")))
                .list();
    }

    /**
     * Seals every entry of the plant whose subject belongs to {@code year} (subject {@code year/…}),
     * recorded so far: Merkle root over their hashes, signed with the plant's Ed25519 key.
     */
    @Transactional
    public Seal seal(String plantCode, int year) {
        access.require(Permission.SEAL_LEDGER, plantCode, year);
        long plantId = organisation.plant(plantCode).id();
        inputs.lock(plantCode);
        List<Entry> sealed = entries(plantCode, null).stream().filter(e -> inYear(e, year)).toList();
        if (sealed.isEmpty()) {
            throw new ConflictException("plant " + plantCode + " has no ledger entries for " + year + " to seal");
        }
        String root = LedgerCrypto.merkleRoot(sealed.stream().map(Entry::hash).toList());
        long first = sealed.get(0).seq();
        long last = sealed.get(sealed.size() - 1).seq();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sealedAt = LedgerCrypto.time(now);
        KeyPair keys = keys(plantId);
        String signature;
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(LedgerCrypto.sealMessage(plantCode, year, first, last, sealed.size(), root, sealedAt));
            signature = Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        jdbc.sql("""
                        insert into ledger_seal (plant_id, year, merkle_root, first_seq, last_seq, entries, sealed_at, signature, public_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plantId, year, root, first, last, sealed.size(), Timestamp.from(now), signature, publicKey).update();
        return new Seal(plantCode, year, root, first, last, sealed.size(), sealedAt, signature, publicKey);
    }

    /** The latest seal of a year. */
    public Seal latestSeal(String plantCode, int year) {
        access.require(Permission.READ, plantCode, year);
        long plantId = organisation.plant(plantCode).id();
        return jdbc.sql("""
                        select merkle_root, first_seq, last_seq, entries, sealed_at, signature, public_key from ledger_seal
                        where plant_id = ? and year = ? order by id desc limit 1""")
                .params(plantId, year)
                .query((rs, n) -> new Seal(plantCode, year, rs.getString("merkle_root"), rs.getLong("first_seq"),
                        rs.getLong("last_seq"), rs.getInt("entries"), LedgerCrypto.time(rs.getTimestamp("sealed_at").toInstant()),
                        rs.getString("signature"), rs.getString("public_key")))
                .optional()
                .orElseThrow(() -> new NotFoundException("plant " + plantCode + " has no ledger seal for " + year));
    }

    /** The export bundle of a year's latest seal (format in docs/ledger.md), as a map ready for JSON. */
    public Map<String, Object> bundle(String plantCode, int year) {
        access.require(Permission.EXPORT, plantCode, year);
        Seal seal = latestSeal(plantCode, year);
        List<Entry> chain = entries(plantCode, seal.lastSeq());
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", BundleVerifier.FORMAT);
        bundle.put("plant", plantCode);
        bundle.put("year", year);
        bundle.put("publicKey", seal.publicKey());
        Map<String, Object> sealMap = new LinkedHashMap<>();
        sealMap.put("plant", plantCode);
        sealMap.put("year", year);
        sealMap.put("merkleRoot", seal.merkleRoot());
        sealMap.put("firstSeq", seal.firstSeq());
        sealMap.put("lastSeq", seal.lastSeq());
        sealMap.put("entries", seal.entries());
        sealMap.put("sealedAt", seal.sealedAt());
        sealMap.put("signature", seal.signature());
        bundle.put("seal", sealMap);
        bundle.put("entries", chain);
        bundle.put("sealedHashes", chain.stream().filter(e -> e.seq() >= seal.firstSeq() && inYear(e, year)).map(Entry::hash)
                .toList());
        return bundle;
    }

    /**
     * Recomputes the plant's chain and names the first broken entry; then compares every activity
     * datum's row (quantity, unit, period, status) with its latest ledger entry.
     */
    @Transactional(readOnly = true)
    public Check check(String plantCode) {
        access.requireWholePlant(Permission.READ, plantCode);
        List<Entry> chain = entries(plantCode, null);
        String chainProblem = BundleVerifier.chainProblem(chain.stream()
                .map(e -> new BundleVerifier.ChainEntry(e.seq(), e.kind(), e.subject(), e.payload(), e.recordedAt(), e.prevHash(),
                        e.hash()))
                .toList());
        Map<Long, Entry> latest = new HashMap<>();
        Map<Long, JsonNode> payloads = new HashMap<>();
        Map<Long, Long> correctedBy = new HashMap<>();
        for (Entry entry : chain) {
            if (!entry.kind().startsWith("datum.")) {
                continue;
            }
            JsonNode payload;
            try {
                payload = JSON.readTree(entry.payload());
            } catch (RuntimeException e) {
                continue;
            }
            long id = payload.path("id").asLong();
            latest.put(id, entry);
            payloads.put(id, payload);
            if (!payload.path("corrects").isNull() && !payload.path("corrects").isMissingNode()) {
                correctedBy.put(payload.path("corrects").asLong(), entry.seq());
            }
        }
        List<String> problems = new ArrayList<>();
        Map<Long, Boolean> seen = new HashMap<>();
        for (int page = 0; ; page++) {
            Page<ActivityDatum> data = activity.list(plantCode, null, null, null, null, page, 1000);
            for (ActivityDatum datum : data.items()) {
                seen.put(datum.id(), true);
                JsonNode payload = payloads.get(datum.id());
                if (payload == null) {
                    problems.add("datum " + datum.id() + ": in the table but not in the ledger");
                    continue;
                }
                long seq = latest.get(datum.id()).seq();
                String status = correctedBy.containsKey(datum.id()) ? "CORRECTED" : payload.path("status").asString();
                compare(problems, datum.id(), "quantity", datum.quantity(), new BigDecimal(payload.path("quantity").asString()), seq);
                compare(problems, datum.id(), "unit", datum.unit(), payload.path("unit").asString(), seq);
                compare(problems, datum.id(), "period start", datum.start().toString(), payload.path("periodStart").asString(), seq);
                compare(problems, datum.id(), "period end", datum.end().toString(), payload.path("periodEnd").asString(), seq);
                compare(problems, datum.id(), "status", datum.status(), status, seq);
            }
            if ((long) (page + 1) * 1000 >= data.total()) {
                break;
            }
        }
        for (Long id : payloads.keySet().stream().sorted().toList()) {
            if (!seen.containsKey(id)) {
                problems.add("datum " + id + ": in the ledger entry " + latest.get(id).seq() + " but not in the table");
            }
        }
        return new Check(plantCode, chain.size(), chainProblem == null, chainProblem, problems,
                chainProblem == null && problems.isEmpty());
    }

    private static void compare(List<String> problems, long id, String field, Object table, Object ledger, long seq) {
        boolean same = table instanceof BigDecimal a && ledger instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(table, ledger);
        if (!same) {
            String shown = table instanceof BigDecimal a ? a.toPlainString() : String.valueOf(table);
            String was = ledger instanceof BigDecimal b ? b.toPlainString() : String.valueOf(ledger);
            problems.add("datum " + id + ": " + field + " " + shown + " in the table, " + was + " in the ledger entry " + seq);
        }
    }

    static boolean inYear(Entry entry, int year) {
        return entry.subject().startsWith(year + "/");
    }

    /** Keys written before encryption at rest was introduced are encrypted once, at start-up. */
    private void encryptKeysStoredInClear() {
        record Stored(long plantId, byte[] privateKey) {
        }
        for (Stored key : jdbc.sql("select plant_id, private_key from ledger_key").query((rs, n) -> new Stored(rs.getLong(1), rs.getBytes(2)))
                .list()) {
            if (!io.autoghg.platform.security.FieldCipher.isEncrypted(key.privateKey())) {
                jdbc.sql("update ledger_key set private_key = ? where plant_id = ?").params(cipher.encrypt(key.privateKey()), key.plantId())
                        .update();
            }
        }
    }

    /** The plant's key pair, created on first use. */
    private KeyPair keys(long plantId) {
        Optional<KeyPair> stored = jdbc.sql("select public_key, private_key from ledger_key where plant_id = ?").param(plantId)
                .query((rs, n) -> {
                    try {
                        KeyFactory factory = KeyFactory.getInstance("Ed25519");
                        return new KeyPair(factory.generatePublic(new java.security.spec.X509EncodedKeySpec(rs.getBytes("public_key"))),
                                factory.generatePrivate(new PKCS8EncodedKeySpec(cipher.decrypt(rs.getBytes("private_key")))));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                }).optional();
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            PrivateKey privateKey = pair.getPrivate();
            jdbc.sql("insert into ledger_key (plant_id, public_key, private_key) values (?, ?, ?)")
                    .params(plantId, pair.getPublic().getEncoded(), cipher.encrypt(privateKey.getEncoded())).update();
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
