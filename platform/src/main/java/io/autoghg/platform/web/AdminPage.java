package io.autoghg.platform.web;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.AccountService;
import io.autoghg.platform.security.ApiToken;
import io.autoghg.platform.security.ApiTokenService;
import io.autoghg.platform.security.AuditLog;
import io.autoghg.platform.security.Grant;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.security.Role;
import io.autoghg.platform.support.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Assembles the administration page (/admin): the users, tokens and audit-log tabs with their
 * forms. Every page and action of the administration first asks {@link #requireAdministrator()}.
 */
@Component
class AdminPage {
    static final List<String> TABS = List.of("users", "tokens", "audit");
    static final String[] USER_FIELDS = {"username", "displayName", "email", "password", "role", "groupCode", "plantCode", "year"};
    static final String[] TOKEN_FIELDS = {"name", "role", "groupCode", "plantCode", "year"};
    /** The actions the audit log records (docs/security.md), offered as a filter. */
    static final List<String> ACTIONS = List.of("LOGIN", "LOGIN_FAILED", "LOCKED", "TOKEN_REJECTED", "DENIED", "RATE_LIMITED", "CHANGE",
            "EXPORT");
    static final int AUDIT_LIMIT = 200;

    /** A token as listed: its scope in the grant notation ("*", "plant:P1" …) and whether it still works. */
    record TokenRow(ApiToken token, String scope, boolean active) {
    }

    /** The audit tab's filter as asked. */
    record AuditQuery(String actor, String action, int limit) {
    }

    private final Access access;
    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final AuditLog audit;
    private final DataForms forms;

    AdminPage(Access access, AccountService accounts, ApiTokenService tokens, AuditLog audit, DataForms forms) {
        this.access = access;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.forms = forms;
    }

    /** Administration needs ADMINISTER everywhere; otherwise the console shows its "no access" page (403). */
    void requireAdministrator() {
        access.requireEverywhere(Permission.ADMINISTER);
    }

    DataForm blank(String tab) {
        return forms.blank(tab.equals("tokens") ? TOKEN_FIELDS : USER_FIELDS);
    }

    DataForm read(org.springframework.util.MultiValueMap<String, String> params, String... fields) {
        return forms.read(params, fields);
    }

    String message(String key, Object... args) {
        return forms.message(key, args);
    }

    /**
     * The role and scope of a grant form (role, groupCode, plantCode, year); null with a message
     * next to the input when something is missing or wrong, or when no role was chosen and none is required.
     */
    Grant grant(DataForm form, boolean roleRequired) {
        String role = roleRequired ? form.required("role") : form.text("role");
        String group = form.text("groupCode");
        String plant = form.text("plantCode");
        Integer year = year(form);
        if (role == null) {
            if (!roleRequired && (group != null || plant != null || year != null)) {
                form.reject("role", message("admin.form.roleForScope"));
            }
            return null;
        }
        try {
            return new Grant(Role.parse("role", role), group, plant, year);
        } catch (BadRequestException e) {
            form.reject(e.field(), e.getMessage());
            return null;
        }
    }

    private Integer year(DataForm form) {
        String text = form.text("year");
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            form.reject("year", message("admin.form.year", text));
            return null;
        }
    }

    /** The tab after a POST: a fresh form and a confirmation when it worked, else the form as sent (HTTP 422). */
    String after(Model model, String tab, DataForm form, String done, HttpServletResponse response) {
        if (form.valid()) {
            model.addAttribute("done", done);
            return show(model, tab, blank(tab), null);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, tab, form, null);
    }

    String show(Model model, String requestedTab, DataForm form, AuditQuery query) {
        requireAdministrator();
        String tab = TABS.contains(requestedTab) ? requestedTab : "users";
        model.addAttribute("section", "admin");
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", TABS);
        model.addAttribute("form", form == null ? blank(tab) : form);
        model.addAttribute("roles", Arrays.asList(Role.values()));
        switch (tab) {
            case "tokens" -> model.addAttribute("tokens", tokens.tokens().stream()
                    .map(token -> new TokenRow(token, new Grant(Role.valueOf(token.role()), token.groupCode(), token.plantCode(),
                            token.year()).scope(), token.revokedAt() == null))
                    .sorted(java.util.Comparator.comparingLong((TokenRow row) -> row.token().id()).reversed()).toList());
            case "audit" -> {
                AuditQuery asked = query == null ? new AuditQuery(null, null, AUDIT_LIMIT) : query;
                model.addAttribute("query", asked);
                model.addAttribute("actions", ACTIONS);
                model.addAttribute("events", audit.events(asked.actor(), asked.action(), asked.limit()));
                model.addAttribute("check", audit.check());
            }
            default -> model.addAttribute("accounts", accounts.accounts());
        }
        return "admin/index";
    }
}
