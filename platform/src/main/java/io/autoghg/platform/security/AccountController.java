package io.autoghg.platform.security;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** People's accounts and their role grants (administrators), and one's own account ("me"). */
@RestController
@RequestMapping("/api/v1")
class AccountController {
    private final AccountService accounts;
    private final Access access;
    private final AuditLog audit;

    AccountController(AccountService accounts, Access access, AuditLog audit) {
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    record GrantRequest(String role, String groupCode, String plantCode, Integer year) {
        Grant grant() {
            return new Grant(Role.parse("role", role), TokenController.blank(groupCode), TokenController.blank(plantCode), year);
        }
    }

    record NewAccount(String username, String displayName, String email, String password, List<GrantRequest> grants) {
    }

    record PasswordReset(String password) {
    }

    record Disabled(boolean disabled) {
    }

    @GetMapping("/me")
    Map<String, Object> me() {
        Caller caller = access.caller();
        return Map.of("name", caller.name(), "kind", caller.kind().name(), "actor", caller.actorName(),
                "grants", caller.grants().stream().map(g -> Map.of("role", g.role().name(), "scope", g.scope())).toList());
    }

    @GetMapping("/users")
    List<Account> list() {
        access.requireEverywhere(Permission.ADMINISTER);
        return accounts.accounts();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    Account create(@RequestBody NewAccount request) {
        access.requireEverywhere(Permission.ADMINISTER);
        List<Grant> grants = request.grants() == null ? List.of() : request.grants().stream().map(GrantRequest::grant).toList();
        return accounts.create(request.username(), request.displayName(), request.email(), request.password(), grants,
                access.caller().actorName());
    }

    @GetMapping("/users/{id}")
    Account get(@PathVariable long id) {
        access.requireEverywhere(Permission.ADMINISTER);
        return accounts.account(id);
    }

    @PostMapping("/users/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    Account grant(@PathVariable long id, @RequestBody GrantRequest request) {
        access.requireEverywhere(Permission.ADMINISTER);
        return accounts.addGrant(id, request.grant(), access.caller().actorName());
    }

    @DeleteMapping("/users/{id}/grants")
    Account revokeGrants(@PathVariable long id) {
        access.requireEverywhere(Permission.ADMINISTER);
        return accounts.removeGrants(id);
    }

    @PutMapping("/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@PathVariable long id, @RequestBody PasswordReset request) {
        access.requireEverywhere(Permission.ADMINISTER);
        accounts.resetPassword(id, request.password());
    }

    @PutMapping("/users/{id}/disabled")
    Account disable(@PathVariable long id, @RequestBody Disabled request) {
        access.requireEverywhere(Permission.ADMINISTER);
        accounts.setDisabled(id, request.disabled());
        return accounts.account(id);
    }

    @GetMapping("/audit")
    List<AuditLog.Event> audit(@org.springframework.web.bind.annotation.RequestParam(required = false) String actor,
                               @org.springframework.web.bind.annotation.RequestParam(required = false) String action,
                               @org.springframework.web.bind.annotation.RequestParam(defaultValue = "200") int limit) {
        access.requireEverywhere(Permission.ADMINISTER);
        return audit.events(actor, action, limit);
    }

    @GetMapping("/audit/check")
    AuditLog.Check auditCheck() {
        access.requireEverywhere(Permission.ADMINISTER);
        return audit.check();
    }
}
