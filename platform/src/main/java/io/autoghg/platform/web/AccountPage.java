package io.autoghg.platform.web;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.AccountService;
import io.autoghg.platform.security.Caller;
import io.autoghg.platform.support.BadRequestException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the page where a person chooses a new password. */
@ConsolePage
class AccountPage {
    private final Access access;
    private final AccountService accounts;
    private final org.springframework.core.env.Environment environment;

    AccountPage(Access access, AccountService accounts, org.springframework.core.env.Environment environment) {
        this.access = access;
        this.accounts = accounts;
        this.environment = environment;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("error", error);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("oidc", environment.getProperty("autoghg.oidc.issuer-uri", "").isBlank() ? null : "/oauth2/authorization/oidc");
        return "account/login";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        Caller caller = access.caller();
        model.addAttribute("username", caller.name());
        model.addAttribute("required", caller.kind() == Caller.Kind.USER && accounts.mustChangePassword(caller.id()));
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
                          @RequestParam(required = false) String repeatPassword, Model model) {
        Caller caller = access.caller();
        model.addAttribute("username", caller.name());
        if (caller.kind() != Caller.Kind.USER) {
            throw new BadRequestException("account", "only people signed in with a password can change it");
        }
        try {
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                throw new BadRequestException("repeatPassword", "the two new passwords differ");
            }
            accounts.changePassword(caller.id(), currentPassword, newPassword);
        } catch (BadRequestException e) {
            model.addAttribute("required", accounts.mustChangePassword(caller.id()));
            model.addAttribute("field", e.field());
            model.addAttribute("problem", e.getMessage());
            return "account/password";
        }
        return "redirect:/?passwordChanged";
    }
}
