package org.uclg.carta.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.network.Directory;

/** The page an invited representative opens from the email. */
@Controller
class InvitationController {

    private final AccountService accounts;
    private final Directory directory;

    InvitationController(AccountService accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/{lang}/invitations/{token}")
    String show(@PathVariable String lang, @PathVariable String token, Model model) {
        return page(lang, token, model, "", null);
    }

    @PostMapping("/{lang}/invitations/{token}")
    String accept(
            @PathVariable String lang,
            @PathVariable String token,
            @AuthenticationPrincipal CartaUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            RedirectAttributes redirect) {
        var invitation = accounts.invitation(token);
        if (invitation.isEmpty()) {
            model.addAttribute("messageKey", "link.invalid");
            return "accounts/linkInvalid";
        }
        boolean newAccount = !accounts.exists(invitation.get().email());
        if (newAccount) {
            String error =
                    name.isBlank() ? "validation.required" : RegistrationForm.passwordProblem(password, confirmation);
            if (error != null) {
                return page(lang, token, model, name, error);
            }
        }
        var result = accounts.accept(token, name, password, user == null ? null : user.accountId(), lang);
        switch (result) {
            case ACCEPTED -> {
                redirect.addFlashAttribute("flash", user == null ? "invite.acceptedSignIn" : "invite.accepted");
                return user == null ? "redirect:/" + lang + "/login" : "redirect:/" + lang + "/account";
            }
            case SIGN_IN_FIRST -> {
                return page(lang, token, model, name, null);
            }
            default -> {
                model.addAttribute("messageKey", "link.invalid");
                return "accounts/linkInvalid";
            }
        }
    }

    private String page(String lang, String token, Model model, String name, String error) {
        var invitation = accounts.invitation(token);
        if (invitation.isEmpty()) {
            model.addAttribute("messageKey", "link.invalid");
            return "accounts/linkInvalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("email", invitation.get().email());
        var link = invitation.get();
        model.addAttribute(
                "organisation",
                link.partnerId() != null
                        ? directory.partner(link.partnerId()).map(p -> p.name()).orElse(null)
                        : directory
                                .find(link.localGovernmentId())
                                .map(lg -> lg.name())
                                .orElse(null));
        model.addAttribute("newAccount", !accounts.exists(invitation.get().email()));
        model.addAttribute("name", name);
        model.addAttribute("error", error);
        return "accounts/invitation";
    }
}
