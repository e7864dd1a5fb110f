package io.autoghg.platform.web;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Account;
import io.autoghg.platform.security.AccountService;
import io.autoghg.platform.security.ApiTokenService;
import io.autoghg.platform.security.Grant;
import io.autoghg.platform.web.AdminPage.AuditQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administration (/admin): the tabs Users, Tokens and Audit log; creating accounts (with a
 * one-time password and a first grant) and API tokens (the secret shown once), revoking tokens.
 * The page of one account is {@link AdminUserController}.
 */
@ConsolePage
class AdminController {
    private final AdminPage page;
    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final Access access;

    AdminController(AdminPage page, AccountService accounts, ApiTokenService tokens, Access access) {
        this.page = page;
        this.accounts = accounts;
        this.tokens = tokens;
        this.access = access;
    }

    @GetMapping({"/admin", "/admin/users"})
    String users(Model model) {
        return page.show(model, "users", null, null);
    }

    @GetMapping("/admin/tokens")
    String tokens(Model model) {
        return page.show(model, "tokens", null, null);
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                 @RequestParam(defaultValue = "" + AdminPage.AUDIT_LIMIT) int limit, Model model) {
        return page.show(model, "audit", null, new AuditQuery(blank(actor), blank(action), Math.max(1, Math.min(limit, 5000))));
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        page.requireAdministrator();
        DataForm form = page.read(params, AdminPage.USER_FIELDS).onConflict("username");
        String username = form.required("username");
        Grant grant = page.grant(form, false);
        String password = form.text("password");
        Optional<Account> created = form.attempt(() -> accounts.create(username, form.text("displayName"), form.text("email"),
                password, grant == null ? List.of() : List.of(grant), access.caller().actorName()));
        String done = created.map(account -> page.message(password == null ? "admin.users.createdOidc" : "admin.users.created",
                account.username())).orElse(null);
        return page.after(model, "users", form, done, response);
    }

    @PostMapping("/admin/tokens")
    String createToken(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        page.requireAdministrator();
        DataForm form = page.read(params, AdminPage.TOKEN_FIELDS);
        String name = form.required("name");
        Grant grant = page.grant(form, true);
        Optional<String> secret = form.attempt(() -> tokens.create(name, grant.role().name(), grant.groupCode(), grant.plantCode(),
                grant.year()));
        secret.ifPresent(value -> {
            model.addAttribute("secret", value);
            model.addAttribute("secretName", name);
        });
        return page.after(model, "tokens", form, secret.map(value -> page.message("admin.tokens.createdDone", name)).orElse(null), response);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Model model) {
        page.requireAdministrator();
        tokens.revoke(id);
        model.addAttribute("done", page.message("admin.tokens.revokedDone", String.valueOf(id)));
        return page.show(model, "tokens", null, null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
