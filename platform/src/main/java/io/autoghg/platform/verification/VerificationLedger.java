package io.autoghg.platform.verification;

import io.autoghg.platform.ledger.LedgerService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends resolved findings and issued statements to the plant's ledger, synchronously in the
 * transaction that closed or issued them (a failing append rolls it back). It lives here, not in
 * the ledger module, because verification depends on the cycle, which depends on the ledger: a
 * ledger listener on these events would close a dependency cycle (docs/verification.md §8).
 */
@Component
class VerificationLedger {
    static final String FINDING_RESOLVED = "finding.resolved";
    static final String STATEMENT_ISSUED = "statement.issued";

    private final LedgerService ledger;

    VerificationLedger(LedgerService ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void onFindingResolved(FindingResolved event) {
        Finding finding = event.finding();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", finding.id());
        payload.put("plant", event.plant());
        payload.put("year", event.year());
        payload.put("subjectKind", finding.subjectKind().name());
        payload.put("subjectRef", finding.subjectRef());
        payload.put("title", finding.title());
        payload.put("severity", finding.severity().name());
        payload.put("status", finding.status().name());
        payload.put("resolution", finding.resolution());
        payload.put("openedBy", finding.openedBy());
        payload.put("openedAt", finding.openedAt().toString());
        payload.put("closedBy", finding.closedBy());
        payload.put("closedAt", finding.closedAt().toString());
        payload.put("data", finding.thread().stream().map(Finding.Comment::datumId).filter(Objects::nonNull).distinct().sorted().toList());
        payload.put("evidence", finding.thread().stream().flatMap(c -> c.evidenceIds().stream()).distinct().sorted().toList());
        ledger.append(event.plant(), FINDING_RESOLVED, event.year() + "/finding/" + finding.id(), payload);
    }

    @EventListener
    void onStatementIssued(StatementIssued event) {
        Statement statement = event.statement();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", statement.id());
        payload.put("plant", event.plant());
        payload.put("year", event.year());
        payload.put("assurance", statement.assurance().name());
        payload.put("materialityPct", statement.materialityPct().toPlainString());
        payload.put("opinion", statement.opinion().name());
        payload.put("text", statement.text());
        payload.put("inventoryVersion", statement.inventoryVersion());
        payload.put("inputsHash", statement.inputsHash());
        payload.put("total", statement.totalTco2e() == null ? null : statement.totalTco2e().toPlainString());
        payload.put("issuedBy", statement.issuedBy());
        payload.put("issuedAt", statement.issuedAt().toString());
        ledger.append(event.plant(), STATEMENT_ISSUED, event.year() + "/statement/" + statement.id(), payload);
    }
}
