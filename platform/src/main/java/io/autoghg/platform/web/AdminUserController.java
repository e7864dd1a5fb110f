package io.autoghg.platform.web;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Account;
import io.autoghg.platform.security.AccountService;
import io.autoghg.platform.security.Caller;
import io.autoghg.platform.security.Grant;
import io.autoghg.platform.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One account in the administration (/admin/users/ID): its grants (add one with role and scope,
 * remove one), a one-time password that also unlocks it, and disabling or enabling it.
 */
@ConsolePage
class AdminUserController {
    static final String[] FIELDS = {"role", "groupCode", "plantCode", "year", "password", "disabled"};

    private final AdminPage page;
    private final AccountService accounts;
    private final Access access;

    AdminUserController(AdminPage page, AccountService accounts, Access access) {
        this.page = page;
        this.accounts = accounts;
        this.access = access;
    }

    @GetMapping("/admin/users/{id}")
    String account(@PathVariable long id, Model model) {
        page.requireAdministrator();
        return show(model, id, page.read(new org.springframework.util.LinkedMultiValueMap<>(), FIELDS));
    }

    @PostMapping("/admin/users/{id}/grants")
    String addGrant(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        page.requireAdministrator();
        DataForm form = page.read(params, FIELDS);
        Grant grant = page.grant(form, true);
        form.attempt(() -> accounts.addGrant(id, grant, access.caller().actorName()));
        return after(model, id, form, page.message("admin.user.granted", grant == null ? "" : grant.role().name()), response);
    }

    @PostMapping("/admin/users/{id}/grants/{grantId}/remove")
    String removeGrant(@PathVariable long id, @PathVariable long grantId, Model model, HttpServletResponse response) {
        page.requireAdministrator();
        DataForm form = page.read(new org.springframework.util.LinkedMultiValueMap<>(), FIELDS);
        form.attempt(() -> accounts.removeGrant(id, grantId));
        return after(model, id, form, page.message("admin.user.grantRemoved"), response);
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                         HttpServletResponse response) {
        page.requireAdministrator();
        DataForm form = page.read(params, FIELDS);
        String password = form.required("password");
        form.attempt(() -> {
            accounts.resetPassword(id, password);
            return true;
        });
        form.set("password", "");
        return after(model, id, form, page.message("admin.user.passwordReset"), response);
    }

    @PostMapping("/admin/users/{id}/disabled")
    String setDisabled(@PathVariable long id, @RequestParam(defaultValue = "true") boolean disabled, Model model,
                       HttpServletResponse response) {
        page.requireAdministrator();
        DataForm form = page.read(new org.springframework.util.LinkedMultiValueMap<>(), FIELDS);
        if (disabled && isSelf(id)) {
            form.reject("disabled", page.message("admin.user.notSelf"));
        }
        form.attempt(() -> {
            accounts.setDisabled(id, disabled);
            return true;
        });
        return after(model, id, form, page.message(disabled ? "admin.user.disabledDone" : "admin.user.enabledDone"), response);
    }

    private String after(Model model, long id, DataForm form, String done, HttpServletResponse response) {
        if (form.valid()) {
            model.addAttribute("done", done);
            return show(model, id, page.read(new org.springframework.util.LinkedMultiValueMap<>(), FIELDS));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, id, form);
    }

    private String show(Model model, long id, DataForm form) {
        Account account = accounts.account(id);
        model.addAttribute("section", "admin");
        model.addAttribute("tab", "users");
        model.addAttribute("tabs", AdminPage.TABS);
        model.addAttribute("account", account);
        model.addAttribute("grants", accounts.assignedGrants(id));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("self", isSelf(id));
        model.addAttribute("form", form);
        return "admin/user";
    }

    private boolean isSelf(long id) {
        Caller caller = access.caller();
        return caller.kind() == Caller.Kind.USER && caller.id() == id;
    }
}
