package org.uclg.carta.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.network.Directory;

/** A person's own profile and personal API tokens. */
@Controller
class ProfileController {

    private final AccountService accounts;
    private final Directory directory;
    private final Languages languages;
    private final SessionValidity validity;

    ProfileController(AccountService accounts, Directory directory, Languages languages, SessionValidity validity) {
        this.validity = validity;
        this.accounts = accounts;
        this.directory = directory;
        this.languages = languages;
    }

    @GetMapping("/{lang}/account")
    String profile(@PathVariable String lang, @AuthenticationPrincipal CartaUser user, Model model) {
        Account account = accounts.account(user.accountId());
        return page(model, account, account.displayName(), account.preferredLanguage(), null, null);
    }

    @PostMapping("/{lang}/account")
    String update(
            @PathVariable String lang,
            @AuthenticationPrincipal CartaUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String preferredLanguage,
            Model model,
            RedirectAttributes redirect) {
        Account account = accounts.account(user.accountId());
        if (name.isBlank() || name.length() > 200) {
            return page(
                    model,
                    account,
                    name,
                    preferredLanguage,
                    name.isBlank() ? "validation.required" : "validation.tooLong",
                    null);
        }
        String chosen = languages.supports(preferredLanguage) ? preferredLanguage : lang;
        accounts.updateProfile(user.accountId(), name, chosen);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/" + lang + "/account";
    }

    @PostMapping("/{lang}/account/password")
    String changePassword(
            @PathVariable String lang,
            @AuthenticationPrincipal CartaUser user,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request) {
        Account account = accounts.account(user.accountId());
        String error = RegistrationForm.passwordProblem(password, confirmation);
        if (error == null && !accounts.changePassword(user.accountId(), current, password)) {
            error = "password.current.wrong";
        }
        if (error != null) {
            model.addAttribute("passwordError", error);
            return page(model, account, account.displayName(), account.preferredLanguage(), null, null);
        }
        // The other sessions end; this one, which proved the current password, stays.
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionEnder.MARK) != null) {
            SessionEnder.remember(request, validity, user.accountId());
        }
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/" + lang + "/account";
    }

    @PostMapping("/{lang}/account/tokens")
    String createToken(
            @PathVariable String lang,
            @AuthenticationPrincipal CartaUser user,
            @RequestParam(defaultValue = "") String tokenName,
            Model model) {
        Account account = accounts.account(user.accountId());
        if (tokenName.isBlank() || tokenName.length() > 100) {
            model.addAttribute("tokenError", tokenName.isBlank() ? "validation.required" : "validation.tooLong");
            return page(model, account, account.displayName(), account.preferredLanguage(), null, null);
        }
        String token = accounts.createToken(user.accountId(), tokenName);
        return page(model, account, account.displayName(), account.preferredLanguage(), null, token);
    }

    @PostMapping("/{lang}/account/tokens/{id}/revoke")
    String revoke(
            @PathVariable String lang,
            @PathVariable long id,
            @AuthenticationPrincipal CartaUser user,
            RedirectAttributes redirect) {
        accounts.revokeToken(user.accountId(), id);
        redirect.addFlashAttribute("flash", "tokens.revoked");
        return "redirect:/" + lang + "/account";
    }

    private String page(
            Model model, Account account, String name, String preferredLanguage, String nameError, String newToken) {
        model.addAttribute("email", account.email());
        model.addAttribute("name", name);
        model.addAttribute("preferredLanguage", preferredLanguage);
        model.addAttribute("nameError", nameError);
        model.addAttribute(
                "roles", account.roles().stream().map(Role::name).sorted().toList());
        model.addAttribute("localGovernments", directory.findAll(account.localGovernments()));
        model.addAttribute(
                "partners",
                account.partners().stream()
                        .flatMap(id -> directory.partner(id).stream())
                        .toList());
        model.addAttribute(
                "tokens",
                accounts.tokens(account.id()).stream().map(TokenView::of).toList());
        model.addAttribute("newToken", newToken);
        return "accounts/profile";
    }
}
