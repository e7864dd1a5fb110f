package io.autoghg.platform.verification;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Account;
import io.autoghg.platform.security.AccountService;
import io.autoghg.platform.security.Grant;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.security.Role;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.verification.Engagement.Invitation;
import io.autoghg.platform.verification.VerificationRequests.NewInvitation;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting verifiers: an accountant or manager invites a verifier to one plant's reporting year.
 * The verifier gets a local account (with a one-time password shown once) or keeps their existing
 * verifier account, and a VERIFIER grant scoped to that plant and year only.
 */
@Service
public class Engagements {
    private static final Logger log = LoggerFactory.getLogger(Engagements.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final Access access;
    private final AccountService accounts;
    private final VerificationPeriods periods;
    private final SecureRandom random = new SecureRandom();

    Engagements(JdbcClient jdbc, Access access, AccountService accounts, VerificationPeriods periods) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.periods = periods;
    }

    /**
     * Invites a verifier. A new username gets a local account whose one-time password is returned
     * (once); an existing account is reused only if it holds nothing but VERIFIER grants, so no one
     * from the plant's own staff can be made its verifier.
     */
    @Transactional
    public Invitation invite(String plant, int year, NewInvitation request, Actor actor) {
        access.require(Permission.ADVANCE_PERIOD, plant, year);
        String username = VerificationPeriods.required("username", request.username());
        long plantId = periods.plantId(plant, year);
        periods.requireNotClosed(plant, year);
        Optional<Account> existing = accounts.findByUsername(username);
        String password = null;
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
            if (account.grants().stream().anyMatch(grant -> grant.role() != Role.VERIFIER)) {
                throw new ConflictException("the account '" + account.username() + "' has other roles than VERIFIER; a verifier must be "
                        + "an account of its own, outside the plant's staff");
            }
        } else {
            password = oneTimePassword(username);
            account = accounts.create(username, request.displayName(), request.email(), password, List.of(), actor.name());
        }
        Grant grant = new Grant(Role.VERIFIER, null, plant, year);
        if (!account.grants().contains(grant)) {
            accounts.addGrant(account.id(), grant, actor.name());
        }
        jdbc.sql("""
                        insert into verification_engagement (plant_id, year, verifier_id, invited_by, invited_at) values (?, ?, ?, ?, ?)
                        on conflict (plant_id, year, verifier_id) do nothing""")
                .params(plantId, year, account.id(), actor.name(), Timestamp.from(now())).update();
        log.info("event=verifier-invited plant={} year={} account={} created={}", plant, year, account.id(), password != null);
        Engagement engagement = engagements(plantId, plant, year).stream().filter(e -> e.accountId() == account.id()).findFirst()
                .orElseThrow();
        return new Invitation(engagement, password != null, password);
    }

    /** The verifiers invited to the plant's year. */
    public List<Engagement> engagements(String plant, int year) {
        access.require(Permission.READ, plant, year);
        return engagements(periods.plantId(plant, year), plant, year);
    }

    /** Whether a verifier was invited to the year (then closing it needs a statement). */
    boolean invited(long plantId, int year) {
        return jdbc.sql("select exists (select 1 from verification_engagement where plant_id = ? and year = ?)").params(plantId, year)
                .query(Boolean.class).single();
    }

    void complete(long plantId, int year) {
        jdbc.sql("update verification_engagement set status = 'COMPLETED' where plant_id = ? and year = ?").params(plantId, year).update();
    }

    private List<Engagement> engagements(long plantId, String plant, int year) {
        record Row(long id, long accountId, String invitedBy, Timestamp invitedAt, String status) {
        }
        return jdbc.sql("""
                        select id, verifier_id, invited_by, invited_at, status from verification_engagement
                        where plant_id = ? and year = ? order by id""").params(plantId, year)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5))).list()
                .stream().map(row -> {
                    Account account = accounts.account(row.accountId());
                    return new Engagement(row.id(), plant, year, account.id(), account.username(), account.displayName(), row.invitedBy(),
                            row.invitedAt().toInstant(), row.status());
                }).toList();
    }

    /** 20 characters of an alphabet without look-alikes; meets the password policy (length, variety, not the username). */
    private String oneTimePassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = password.toString();
            if (text.chars().distinct().count() >= 5 && !text.toLowerCase().contains(username.strip().toLowerCase())) {
                return text;
            }
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
