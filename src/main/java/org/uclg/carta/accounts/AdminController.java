package org.uclg.carta.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.network.Directory;

/** The secretariat's desk: invitations (editors), people and roles, captured mail (admins). */
@Controller
class AdminController {

    private final AccountService accounts;
    private final Directory directory;
    private final CapturedMails mails;

    AdminController(AccountService accounts, Directory directory, CapturedMails mails) {
        this.accounts = accounts;
        this.directory = directory;
        this.mails = mails;
    }

    @GetMapping("/{lang}/admin")
    String home(@PathVariable String lang) {
        return "accounts/admin";
    }

    @GetMapping("/{lang}/admin/invitations")
    String invitations(@PathVariable String lang, Model model) {
        return invitationPage(lang, model, "", null, new FieldErrors());
    }

    @PostMapping("/{lang}/admin/invitations")
    String invite(
            @PathVariable String lang,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) Long localGovernmentId,
            @RequestParam(required = false) Long partnerId,
            Model model,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        if (!RegistrationForm.validEmail(email)) {
            errors.reject("email", "validation.email");
        }
        boolean forLocalGovernment = localGovernmentId != null && directory.exists(localGovernmentId);
        boolean forPartner = partnerId != null && directory.partner(partnerId).isPresent();
        if (forLocalGovernment == forPartner) {
            errors.reject("localGovernmentId", "invite.validation.localGovernment");
        }
        if (errors.any()) {
            model.addAttribute("selectedPartner", partnerId);
            return invitationPage(lang, model, email, localGovernmentId, errors);
        }
        if (forPartner) {
            accounts.invitePartner(email, partnerId, lang);
        } else {
            accounts.invite(email, localGovernmentId, lang);
        }
        redirect.addFlashAttribute("flash", "invite.sent");
        return "redirect:/" + lang + "/admin/invitations";
    }

    private String invitationPage(String lang, Model model, String email, Long lgId, FieldErrors errors) {
        model.addAttribute("email", email);
        model.addAttribute("selected", lgId);
        model.addAttribute("errors", errors);
        model.addAttribute("localGovernments", directory.allByName(lang));
        model.addAttribute("partners", directory.partners());
        model.addAttribute(
                "invitations",
                accounts.recentInvitations().stream().map(InvitationView::of).toList());
        return "accounts/invitations";
    }

    @GetMapping("/{lang}/admin/users")
    String users(@PathVariable String lang, Model model) {
        model.addAttribute("users", accounts.all().stream().map(UserView::of).toList());
        model.addAttribute("allRoles", List.of(Role.REPRESENTATIVE, Role.PARTNER, Role.EDITOR, Role.ADMIN));
        return "accounts/users";
    }

    @PostMapping("/{lang}/admin/users/{id}/roles")
    String roles(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) List<String> roles,
            RedirectAttributes redirect) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String r : roles) {
                try {
                    chosen.add(Role.valueOf(r));
                } catch (IllegalArgumentException e) {
                    throw new NotFoundException();
                }
            }
        }
        accounts.setRoles(id, chosen);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/" + lang + "/admin/users";
    }

    @GetMapping("/{lang}/admin/mail")
    String mail(@PathVariable String lang, Model model) {
        model.addAttribute(
                "mails",
                mails.findTop200ByOrderBySentAtDescIdDesc().stream()
                        .map(MailView::of)
                        .toList());
        return "accounts/mail";
    }

    @GetMapping("/{lang}/admin/mail/{id}")
    String mailOne(@PathVariable String lang, @PathVariable long id, Model model) {
        model.addAttribute("mail", mails.findById(id).map(MailView::of).orElseThrow(NotFoundException::new));
        return "accounts/mailOne";
    }
}
