package io.autoghg.platform.security;

import io.autoghg.platform.support.AutoghgProperties;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.support.UnauthenticatedException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts (Argon2id hashes, lockout after repeated failures), accounts that sign in with
 * OpenID Connect, and their role grants. The first administrator is created at first start.
 */
@Service
public class AccountService {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD = 12;
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final PasswordEncoder passwords;
    private final SecureRandom random = new SecureRandom();
    private final String unknownUserHash;
    /** Looked up when needed: {@link Access} itself depends on this service. */
    private final ObjectProvider<Access> access;

    AccountService(JdbcClient jdbc, FieldCipher cipher, AutoghgProperties properties, ObjectProvider<Access> access,
                   @org.springframework.beans.factory.annotation.Value("${autoghg.reset-admin:false}") boolean resetAdmin) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.access = access;
        this.passwords = passwordEncoder();
        this.unknownUserHash = passwords.encode("no such user " + random.nextLong());
        createFirstAdministrator(properties.adminPassword());
        if (resetAdmin) {
            resetAdministrator();
        }
    }

    /**
     * `./autoghg serve --reset-admin`: the account "admin" gets a new one-time password (printed once),
     * is unlocked and enabled, and holds the administrator role everywhere — for when the first
     * password was lost. Whoever can start the service on the data folder already owns the data.
     */
    private void resetAdministrator() {
        String password = randomPassword();
        long id = jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).optional()
                .orElseGet(() -> insertAccount("admin", "Administrator", null, null, null, true));
        jdbc.sql("""
                        update user_account set password_hash = ?, must_change_password = true, failed_logins = 0, locked_until = null,
                        disabled_at = null where id = ?""").params(passwords.encode(password), id).update();
        boolean isAdministrator = jdbc.sql("""
                        select exists (select 1 from role_grant where user_id = ? and role = 'ADMINISTRATOR' and group_code is null
                        and plant_code is null)""").param(id).query(Boolean.class).single();
        if (!isAdministrator) {
            jdbc.sql("insert into role_grant (user_id, role, granted_by) values (?, 'ADMINISTRATOR', 'system')").param(id).update();
        }
        System.out.println("\n  AutoGHG administrator reset (shown once):  admin / " + password
                + "\n  You will be asked to choose a new password after signing in.\n");
        log.warn("event=administrator-reset username=admin password=printed-once");
    }

    static PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Map<String, PasswordEncoder> encoders = Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    private void createFirstAdministrator(String configured) {
        boolean none = jdbc.sql("select not exists (select 1 from user_account)").query(Boolean.class).single();
        if (!none) {
            return;
        }
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? randomPassword() : configured;
        if (!generated) {
            checkPasswordPolicy("admin", password);
        }
        long id = insertAccount("admin", "Administrator", null, passwords.encode(password), null, generated);
        jdbc.sql("insert into role_grant (user_id, role, granted_by) values (?, 'ADMINISTRATOR', 'system')").param(id).update();
        if (generated) {
            String banner = "\n  ┌──────────────────────────────────────────────────────────────┐\n"
                    + "  │ AutoGHG first login (shown once):  admin / " + password + "  │\n"
                    + "  │ You will be asked to choose a new password after signing in. │\n"
                    + "  └──────────────────────────────────────────────────────────────┘\n";
            System.out.println(banner);
            log.info("event=first-administrator-created username=admin password=printed-once");
        } else {
            log.info("event=first-administrator-created username=admin password=from-AUTOGHG_ADMIN_PASSWORD");
        }
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Checks a username and password; counts failures and locks the account after {@value #MAX_FAILURES} in a row. */
    @Transactional(noRollbackFor = UnauthenticatedException.class)
    public Caller authenticate(String username, String password) {
        record Stored(long id, String hash, int failures, Timestamp lockedUntil, Timestamp disabledAt) {
        }
        Optional<Stored> stored = jdbc.sql("""
                        select id, password_hash, failed_logins, locked_until, disabled_at from user_account where username = ? for update""")
                .param(normalise(username)).query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4),
                        rs.getTimestamp(5))).optional();
        if (stored.isEmpty() || stored.get().hash() == null) {
            passwords.matches(password, unknownUserHash); // same work as a real check, so timing does not reveal names
            throw new LoginFailure("wrong username or password", false);
        }
        Stored account = stored.get();
        Instant now = Instant.now();
        if (account.disabledAt() != null) {
            throw new LoginFailure("this account is disabled", false);
        }
        if (account.lockedUntil() != null && account.lockedUntil().toInstant().isAfter(now)) {
            throw new LoginFailure("this account is locked after " + MAX_FAILURES + " failed sign-ins; try again after "
                    + account.lockedUntil().toInstant(), true);
        }
        if (!passwords.matches(password, account.hash())) {
            int failures = account.failures() + 1;
            boolean lock = failures >= MAX_FAILURES;
            jdbc.sql("update user_account set failed_logins = ?, locked_until = ? where id = ?")
                    .params(lock ? 0 : failures, lock ? Timestamp.from(now.plus(LOCKOUT)) : null, account.id()).update();
            throw new LoginFailure(lock ? "too many failed sign-ins: the account is locked for " + LOCKOUT.toMinutes() + " minutes"
                    : "wrong username or password", lock);
        }
        jdbc.sql("update user_account set failed_logins = 0, locked_until = null, last_login_at = now() where id = ?").param(account.id()).update();
        return caller(account.id());
    }

    /** A failed sign-in; {@code locked} tells whether the account is (now) locked. */
    public static final class LoginFailure extends UnauthenticatedException {
        private final boolean locked;

        LoginFailure(String message, boolean locked) {
            super(message);
            this.locked = locked;
        }

        public boolean locked() {
            return locked;
        }
    }

    /** The account's current grants; a disabled account has none. */
    Caller caller(long id) {
        String username = jdbc.sql("select username from user_account where id = ? and disabled_at is null").param(id).query(String.class)
                .optional().orElseThrow(() -> new UnauthenticatedException("the account no longer exists or is disabled"));
        return new Caller(username, Caller.Kind.USER, id, grants(id));
    }

    /** An OpenID Connect sign-in maps to the local account with that username; its grants apply. */
    Caller callerForOidc(String username) {
        long id = jdbc.sql("select id from user_account where username = ? and disabled_at is null").param(normalise(username))
                .query(Long.class).optional()
                .orElseThrow(() -> new UnauthenticatedException("no AutoGHG account for '" + username + "': an administrator must create it"));
        return caller(id);
    }

    /** Records a company sign-in (the last sign-in time) on the enabled account with that username; false when there is none. */
    boolean recordOidcLogin(String username) {
        return jdbc.sql("update user_account set last_login_at = now() where username = ? and disabled_at is null").param(normalise(username))
                .update() == 1;
    }

    List<Grant> grants(long userId) {
        return jdbc.sql("select role, group_code, plant_code, year from role_grant where user_id = ? order by id").param(userId)
                .query(AccountService::grant).list();
    }

    static Grant grant(ResultSet rs, int row) throws SQLException {
        return new Grant(Role.valueOf(rs.getString("role")), rs.getString("group_code"), rs.getString("plant_code"),
                (Integer) rs.getObject("year"));
    }

    public boolean mustChangePassword(long id) {
        return jdbc.sql("select must_change_password from user_account where id = ?").param(id).query(Boolean.class).optional().orElse(false);
    }

    /** A new account. With a password it is local; without, it signs in with OpenID Connect only. */
    @Transactional
    public Account create(String username, String displayName, String email, String password, List<Grant> grants, String grantedBy) {
        String name = normalise(username);
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new BadRequestException("username", "a username is 2–64 characters: lower-case letters, digits and . _ @ -");
        }
        if (jdbc.sql("select exists (select 1 from user_account where username = ?)").param(name).query(Boolean.class).single()) {
            throw new ConflictException("the username '" + name + "' is taken");
        }
        if (password != null) {
            checkPasswordPolicy(name, password);
        }
        long id = insertAccount(name, displayName == null || displayName.isBlank() ? name : displayName, email,
                password == null ? null : passwords.encode(password), null, password != null);
        for (Grant grant : grants == null ? List.<Grant>of() : grants) {
            addGrant(id, grant, grantedBy);
        }
        return account(id);
    }

    private long insertAccount(String username, String displayName, String email, String hash, String subject, boolean mustChange) {
        return jdbc.sql("""
                        insert into user_account (username, display_name, email_enc, password_hash, oidc_subject, must_change_password)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(username, displayName, cipher.encryptText(email), hash, subject, mustChange).query(Long.class).single();
    }

    @Transactional
    public Account addGrant(long userId, Grant grant, String grantedBy) {
        account(userId);
        if (grant.year() != null && grant.plantCode() == null) {
            throw new BadRequestException("year", "a period grant names the plant as well as the year");
        }
        if (grant.groupCode() != null && grant.plantCode() != null) {
            throw new BadRequestException("groupCode", "a grant is for a group or for a plant, not both");
        }
        jdbc.sql("insert into role_grant (user_id, role, group_code, plant_code, year, granted_by) values (?, ?, ?, ?, ?, ?)")
                .params(userId, grant.role().name(), grant.groupCode(), grant.plantCode(), grant.year(), grantedBy).update();
        return account(userId);
    }

    /** The account's grants with their ids, who gave them and when (administrators only). */
    public List<AssignedGrant> assignedGrants(long userId) {
        access.getObject().requireEverywhere(Permission.ADMINISTER);
        account(userId);
        return jdbc.sql("select id, role, group_code, plant_code, year, granted_by, granted_at from role_grant where user_id = ? order by id")
                .param(userId).query((rs, n) -> new AssignedGrant(rs.getLong("id"), grant(rs, n), rs.getString("granted_by"),
                        rs.getTimestamp("granted_at").toInstant().toString())).list();
    }

    /**
     * Removes one grant of the account, the others stay (administrators only). The last grant of
     * ADMINISTRATOR everywhere held by an enabled account is kept, so that someone can still administer.
     */
    @Transactional
    public Account removeGrant(long userId, long grantId) {
        access.getObject().requireEverywhere(Permission.ADMINISTER);
        account(userId);
        Grant grant = jdbc.sql("select role, group_code, plant_code, year from role_grant where id = ? and user_id = ? for update")
                .params(grantId, userId).query(AccountService::grant).optional()
                .orElseThrow(() -> new NotFoundException("account " + userId + " has no grant " + grantId));
        if (grant.everywhere() && grant.role() == Role.ADMINISTRATOR) {
            int others = jdbc.sql("""
                            select count(*) from role_grant g join user_account a on a.id = g.user_id
                            where g.role = 'ADMINISTRATOR' and g.group_code is null and g.plant_code is null and a.disabled_at is null
                              and g.id <> ?""").param(grantId).query(Integer.class).single();
            if (others == 0) {
                throw new ConflictException("this is the last ADMINISTRATOR grant for everywhere: give another account that role first");
            }
        }
        jdbc.sql("delete from role_grant where id = ? and user_id = ?").params(grantId, userId).update();
        return account(userId);
    }

    @Transactional
    public Account removeGrants(long userId) {
        jdbc.sql("delete from role_grant where user_id = ?").param(userId).update();
        return account(userId);
    }

    @Transactional
    public void changePassword(long userId, String current, String next) {
        String hash = jdbc.sql("select password_hash from user_account where id = ?").param(userId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("no account " + userId));
        if (hash == null || !passwords.matches(current == null ? "" : current, hash)) {
            throw new BadRequestException("currentPassword", "the current password is not right");
        }
        if (next != null && passwords.matches(next, hash)) {
            throw new BadRequestException("newPassword", "choose a password different from the current one");
        }
        String username = jdbc.sql("select username from user_account where id = ?").param(userId).query(String.class).single();
        checkPasswordPolicy(username, next);
        jdbc.sql("update user_account set password_hash = ?, must_change_password = false where id = ?").params(passwords.encode(next), userId)
                .update();
    }

    /** An administrator sets a one-time password (the user must change it) and unlocks the account. */
    @Transactional
    public void resetPassword(long userId, String temporary) {
        account(userId);
        String username = jdbc.sql("select username from user_account where id = ?").param(userId).query(String.class).single();
        checkPasswordPolicy(username, temporary);
        jdbc.sql("update user_account set password_hash = ?, must_change_password = true, failed_logins = 0, locked_until = null where id = ?")
                .params(passwords.encode(temporary), userId).update();
    }

    @Transactional
    public void setDisabled(long userId, boolean disabled) {
        account(userId);
        jdbc.sql("update user_account set disabled_at = " + (disabled ? "now()" : "null") + " where id = ?").param(userId).update();
    }

    static void checkPasswordPolicy(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new BadRequestException("password", "a password has at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 128) {
            throw new BadRequestException("password", "a password has at most 128 characters");
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            throw new BadRequestException("password", "a password must not contain the username");
        }
        if (password.chars().distinct().count() < 5) {
            throw new BadRequestException("password", "a password needs at least 5 different characters");
        }
    }

    public List<Account> accounts() {
        return jdbc.sql("select id from user_account order by username").query(Long.class).list().stream().map(this::account).toList();
    }

    /** The account with this username (case-insensitive, as sign-in treats it), if there is one. */
    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(normalise(username)).query(Long.class).optional()
                .map(this::account);
    }

    public Account account(long id) {
        return jdbc.sql("select * from user_account where id = ?").param(id).query((rs, n) -> new Account(rs.getLong("id"),
                        rs.getString("username"), rs.getString("display_name"), cipher.decryptText(rs.getString("email_enc")),
                        rs.getString("password_hash") != null, rs.getString("oidc_subject") != null, rs.getBoolean("must_change_password"),
                        rs.getTimestamp("locked_until") != null && rs.getTimestamp("locked_until").toInstant().isAfter(Instant.now()),
                        rs.getTimestamp("disabled_at") != null,
                        rs.getTimestamp("last_login_at") == null ? null : rs.getTimestamp("last_login_at").toInstant().toString(), List.of()))
                .optional().map(a -> new Account(a.id(), a.username(), a.displayName(), a.email(), a.local(), a.oidc(), a.mustChangePassword(),
                        a.locked(), a.disabled(), a.lastLoginAt(), grants(a.id())))
                .orElseThrow(() -> new NotFoundException("no account " + id));
    }

    private static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase();
    }
}
