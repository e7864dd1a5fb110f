package io.autoghg.platform.verification;

import io.autoghg.platform.cycle.ClosingCheck;
import io.autoghg.platform.cycle.PeriodState;
import io.autoghg.platform.inventory.InventoryService;
import io.autoghg.platform.inventory.InventoryVersion;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.verification.Statement.Assurance;
import io.autoghg.platform.verification.Statement.Opinion;
import io.autoghg.platform.verification.VerificationRequests.NewStatement;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Verification statements. The verifier issues one while the period is in VERIFICATION and no
 * finding is OPEN or RESPONDED; it covers the current inventory version. As a {@link ClosingCheck},
 * a period to which a verifier was invited closes only with a statement of the version it locks.
 */
@Service
public class Statements implements ClosingCheck {
    private static final Logger log = LoggerFactory.getLogger(Statements.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final Access access;
    private final VerificationPeriods periods;
    private final Findings findings;
    private final Engagements engagements;
    private final InventoryService inventories;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    Statements(JdbcClient jdbc, Access access, VerificationPeriods periods, Findings findings, Engagements engagements,
               InventoryService inventories, OrganisationService organisation, ApplicationEventPublisher events, ObjectMapper json) {
        this.jdbc = jdbc;
        this.access = access;
        this.periods = periods;
        this.findings = findings;
        this.engagements = engagements;
        this.inventories = inventories;
        this.organisation = organisation;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public Statement issue(String plant, int year, NewStatement request, Actor actor) {
        access.require(Permission.VERIFY, plant, year);
        Assurance assurance = VerificationPeriods.parse(Assurance.class, "assurance", request.assurance());
        BigDecimal materiality = request.materialityPct();
        if (materiality == null || materiality.signum() <= 0 || materiality.compareTo(HUNDRED) > 0) {
            throw new BadRequestException("materialityPct", "materialityPct must be above 0 and at most 100");
        }
        Opinion opinion = VerificationPeriods.parse(Opinion.class, "opinion", request.opinion());
        String text = VerificationPeriods.required("text", request.text());
        long plantId = periods.plantId(plant, year);
        PeriodState state = periods.state(plant, year);
        if (state != PeriodState.VERIFICATION) {
            throw new ConflictException("the " + year + " period of plant " + plant + " is " + state + "; a statement is issued in"
                    + " VERIFICATION");
        }
        List<Long> unresolved = findings.unresolved(plantId, year);
        if (!unresolved.isEmpty()) {
            throw new ConflictException("findings " + unresolved + " are still open or responded; close each as ACCEPTED or REJECTED"
                    + " before the statement");
        }
        InventoryVersion version = current(plant, year, actor);
        boolean issued = jdbc.sql("select exists (select 1 from verification_statement where plant_id = ? and year = ? and inventory_version = ?)")
                .params(plantId, year, version.version()).query(Boolean.class).single();
        if (issued) {
            throw new ConflictException("a statement for inventory version " + version.version() + " of " + year + " is issued already");
        }
        long id = jdbc.sql("""
                        insert into verification_statement (plant_id, year, assurance, materiality_pct, opinion, text, inventory_version,
                                                            inputs_hash, total_tco2e, issued_by, issued_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(plantId, year, assurance.name(), materiality, opinion.name(), text, version.version(), version.inputsHash(),
                        version.totalTco2e(), actor.name(), Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .query(Long.class).single();
        engagements.complete(plantId, year);
        Statement statement = statements(plantId, plant, year).get(0);
        events.publishEvent(new StatementIssued(plant, year, statement));
        log.info("event=statement-issued plant={} year={} statement={} assurance={} opinion={} inventoryVersion={}", plant, year, id,
                assurance, opinion, version.version());
        return statement;
    }

    /** The latest statement of the year, if any. */
    public Optional<Statement> latest(String plant, int year) {
        access.require(Permission.READ, plant, year);
        return statements(periods.plantId(plant, year), plant, year).stream().findFirst();
    }

    /** Every statement of the year, newest first (earlier ones, e.g. of a version before a reopening, stay). */
    public List<Statement> issued(String plant, int year) {
        access.require(Permission.READ, plant, year);
        return statements(periods.plantId(plant, year), plant, year);
    }

    /**
     * Who issued the statement, as a reader of a report knows them: the invited verifier's display
     * name with the username ("Li Wei (CTI), v.li"), else the actor as recorded ("token:…").
     */
    public String issuer(Statement statement) {
        return engagements.engagements(statement.plant(), statement.year()).stream()
                .filter(engagement -> ("user:" + engagement.username()).equals(statement.issuedBy())).findFirst()
                .map(engagement -> engagement.displayName() == null || engagement.displayName().isBlank() ? engagement.username()
                        : engagement.displayName() + ", " + engagement.username())
                .orElse(statement.issuedBy());
    }

    /**
     * {@link ClosingCheck}: when a verifier was invited to the year, its latest statement must cover
     * the inventory version being locked (a correction after the statement makes a new version).
     */
    @Override
    public void checkClosable(String plant, int year, int inventoryVersion) {
        long plantId = organisation.plant(plant).id();
        if (!engagements.invited(plantId, year)) {
            return;
        }
        Optional<Statement> latest = statements(plantId, plant, year).stream().findFirst();
        if (latest.isEmpty()) {
            throw new ConflictException("a verifier was invited to the " + year + " period of plant " + plant
                    + "; the verification statement must be issued before the period is closed");
        }
        if (latest.get().inventoryVersion() != inventoryVersion) {
            throw new ConflictException("the verification statement covers inventory version " + latest.get().inventoryVersion()
                    + " of " + year + ", but the data changed since (version " + inventoryVersion + "); the verifier must issue a new"
                    + " statement before the period is closed");
        }
    }

    private InventoryVersion current(String plant, int year, Actor actor) {
        int number = json.readTree(inventories.current(plant, year, actor)).path("version").asInt();
        return inventories.versions(plant, year).stream().filter(v -> v.version() == number).findFirst().orElseThrow();
    }

    private List<Statement> statements(long plantId, String plant, int year) {
        return jdbc.sql("""
                        select id, assurance, materiality_pct, opinion, text, inventory_version, inputs_hash, total_tco2e, issued_by, issued_at
                        from verification_statement where plant_id = ? and year = ? order by id desc""").params(plantId, year)
                .query((rs, n) -> new Statement(rs.getLong("id"), plant, year, Assurance.valueOf(rs.getString("assurance")),
                        rs.getBigDecimal("materiality_pct").stripTrailingZeros(), Opinion.valueOf(rs.getString("opinion")), rs.getString("text"),
                        rs.getInt("inventory_version"), rs.getString("inputs_hash"), rs.getBigDecimal("total_tco2e"), rs.getString("issued_by"),
                        rs.getTimestamp("issued_at").toInstant()))
                .list();
    }
}
