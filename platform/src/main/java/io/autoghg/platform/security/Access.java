package io.autoghg.platform.security;

import io.autoghg.platform.support.ForbiddenException;
import io.autoghg.platform.support.UnauthenticatedException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides whether the current caller may do something to a plant (and year).
 * Every service checks here before it reads or changes plant data, so the API and the console
 * are held to the same rules. Work that runs outside any request (start-up, demo seeding,
 * background listeners) runs as the system.
 */
@Service
public class Access {
    private static final String REQUEST_CALLER = "autoghg.caller";
    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    private final JdbcClient jdbc;
    private final java.util.Map<String, String> plantGroups = new java.util.concurrent.ConcurrentHashMap<>();
    private final AccountService accounts;
    private final AuditLog audit;

    private static volatile Access current;

    Access(JdbcClient jdbc, AccountService accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        current = this;
    }

    /** For serializers, which Jackson creates itself: may the current caller see personal and sensitive data? */
    static boolean currentMaySeeSensitive() {
        Access access = current;
        if (access == null) {
            return false;
        }
        try {
            return access.caller().grants().stream().anyMatch(grant -> grant.role().grants(Permission.SEE_SENSITIVE));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The caller of the current request (or the system outside requests). */
    public Caller caller() {
        if (SYSTEM.get()) {
            return Caller.SYSTEM;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_CALLER, RequestAttributes.SCOPE_REQUEST) instanceof Caller cached) {
            return cached;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Caller caller = resolve(authentication, request != null);
        if (request != null) {
            request.setAttribute(REQUEST_CALLER, caller, RequestAttributes.SCOPE_REQUEST);
        }
        return caller;
    }

    private Caller resolve(Authentication authentication, boolean inRequest) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            if (inRequest) {
                throw new UnauthenticatedException("authentication required: sign in, or send Authorization: Bearer <token>");
            }
            return Caller.SYSTEM;
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            // grants are read afresh for accounts, so a revoked grant takes effect on the next request
            return caller.kind() == Caller.Kind.USER ? accounts.caller(caller.id()) : caller;
        }
        if (authentication instanceof OAuth2AuthenticationToken oidc) {
            return accounts.callerForOidc(oidc.getName());
        }
        throw new UnauthenticatedException("unknown kind of authentication");
    }

    /** Runs work as the system, e.g. a period close that seals the ledger on the manager's behalf. */
    public static <T> T asSystem(Supplier<T> work) {
        boolean before = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(before);
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    /** The caller may do this somewhere in the plant (any year, or the year of a period grant). */
    public void require(Permission permission, String plantCode) {
        check(permission, plantCode, null, false);
    }

    /** The caller may do this to the plant's data of that reporting year. */
    public void require(Permission permission, String plantCode, int year) {
        check(permission, plantCode, year, false);
    }

    /** The caller may do this to every year of the plant (e.g. a listing across years). */
    public void requireWholePlant(Permission permission, String plantCode) {
        check(permission, plantCode, null, true);
    }

    /** Each year from first to last (inclusive) is covered. */
    public void require(Permission permission, String plantCode, int firstYear, int lastYear) {
        for (int year = firstYear; year <= lastYear; year++) {
            check(permission, plantCode, year, false);
        }
    }

    /** The caller holds the permission everywhere (e.g. creating a group or a plant outside any group). */
    public void requireEverywhere(Permission permission) {
        Caller caller = caller();
        if (caller.grants().stream().noneMatch(grant -> grant.everywhere() && grant.role().grants(permission))) {
            deny(caller, permission, "*");
        }
    }

    /** Which plants the caller can read: all, or those named and those of the groups named. */
    public record Visibility(boolean all, List<String> plants, List<String> groups) {
    }

    public Visibility visibility() {
        List<Grant> reading = caller().grants().stream().filter(grant -> grant.role().grants(Permission.READ)).toList();
        if (reading.stream().anyMatch(Grant::everywhere)) {
            return new Visibility(true, List.of(), List.of());
        }
        return new Visibility(false, reading.stream().map(Grant::plantCode).filter(java.util.Objects::nonNull).distinct().toList(),
                reading.stream().map(Grant::groupCode).filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** The caller holds the permission everywhere or for this group (e.g. creating a plant in the group). */
    public void requireInGroup(Permission permission, String groupCode) {
        Caller caller = caller();
        if (caller.grants().stream().noneMatch(grant -> grant.role().grants(permission)
                && (grant.everywhere() || groupCode.equals(grant.groupCode())))) {
            deny(caller, permission, "group:" + groupCode);
        }
    }

    /** The caller holds the permission in some scope (e.g. reading the shared source catalogue). */
    public void requireSomewhere(Permission permission) {
        Caller caller = caller();
        if (caller.grants().stream().noneMatch(grant -> grant.role().grants(permission))) {
            deny(caller, permission, "any scope");
        }
    }

    /** Whether a caller known outside any request (an MQTT client authenticated by its token) may do this in the plant. */
    public boolean allows(Caller caller, Permission permission, String plantCode) {
        String group = groupOf(plantCode).orElse(null);
        return caller.grants().stream().anyMatch(grant -> grant.role().grants(permission) && grant.covers(plantCode, group, null));
    }

    public boolean can(Permission permission, String plantCode) {
        Caller caller = caller();
        String group = groupOf(plantCode).orElse(null);
        return caller.grants().stream().anyMatch(grant -> grant.role().grants(permission) && grant.covers(plantCode, group, null));
    }

    public boolean can(Permission permission, String plantCode, int year) {
        Caller caller = caller();
        String group = groupOf(plantCode).orElse(null);
        return caller.grants().stream().anyMatch(grant -> grant.role().grants(permission) && grant.covers(plantCode, group, year));
    }

    /** Whether the caller can see the plant at all; used to filter listings. */
    public boolean canRead(String plantCode, String groupCode) {
        return caller().grants().stream().anyMatch(grant -> grant.role().grants(Permission.READ) && grant.covers(plantCode, groupCode, null));
    }

    /** The years of the plant the caller may read, or empty when every year is readable. */
    public Optional<List<Integer>> readableYearsOnly(String plantCode) {
        Caller caller = caller();
        String group = groupOf(plantCode).orElse(null);
        List<Grant> reading = caller.grants().stream().filter(grant -> grant.role().grants(Permission.READ)).toList();
        if (reading.stream().anyMatch(grant -> grant.coversWholePlant(plantCode, group))) {
            return Optional.empty();
        }
        return Optional.of(reading.stream().filter(grant -> grant.covers(plantCode, group, null)).map(Grant::year).distinct().sorted().toList());
    }

    private void check(Permission permission, String plantCode, Integer year, boolean wholePlant) {
        Caller caller = caller();
        String group = groupOf(plantCode).orElse(null);
        boolean allowed = caller.grants().stream().anyMatch(grant -> grant.role().grants(permission)
                && (wholePlant ? grant.coversWholePlant(plantCode, group) : grant.covers(plantCode, group, year)));
        if (!allowed) {
            deny(caller, permission, plantCode + (year == null ? "" : "/" + year));
        }
    }

    private void deny(Caller caller, Permission permission, String scope) {
        audit.denied(caller, permission.name(), scope);
        throw new ForbiddenException(caller.actorName() + " may not " + permission.name() + " in " + scope);
    }

    /**
     * The plant's group. Remembered once found: no API moves a plant to another group or deletes it, and every
     * access check asks (several times a request).
     */
    private Optional<String> groupOf(String plantCode) {
        if (plantCode == null) {
            return Optional.empty();
        }
        String known = plantGroups.get(plantCode);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> group = jdbc.sql("select g.code from plant p join plant_group g on g.id = p.group_id where p.code = ?")
                .param(plantCode).query(String.class).optional();
        group.ifPresent(code -> plantGroups.put(plantCode, code));
        return group;
    }
}
