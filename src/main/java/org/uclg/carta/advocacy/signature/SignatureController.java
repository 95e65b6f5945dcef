package org.uclg.carta.advocacy.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.kit.csv.TableWriter;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;

/**
 * A person's side of signing: the confirmation link, and their own signatures (to see, export
 * and delete), reached from the emailed link or, signed in, from their account.
 */
@Controller
public class SignatureController {

    private final Signatures signatures;
    private final CampaignService campaigns;

    public SignatureController(Signatures signatures, CampaignService campaigns) {
        this.signatures = signatures;
        this.campaigns = campaigns;
    }

    @GetMapping("/{lang}/campaigns/signatures/confirm")
    public String confirm(
            @PathVariable String lang,
            @RequestParam(name = "s", defaultValue = "0") long id,
            @RequestParam(name = "e", defaultValue = "0") long expires,
            @RequestParam(name = "t", defaultValue = "") String token,
            Model model) {
        Optional<SignatureView> s = signatures.confirm(id, expires, token);
        if (s.isEmpty()) {
            return "advocacy/signatureLinkInvalid";
        }
        model.addAttribute("signature", s.get());
        model.addAttribute("campaign", campaigns.published(s.get().campaignId()).orElse(null));
        model.addAttribute("mine", "/campaigns/signatures/mine?" + signatures.mineQuery(id));
        return "advocacy/signatureConfirmed";
    }

    @GetMapping("/{lang}/campaigns/signatures/mine")
    public String mine(
            @PathVariable String lang,
            @RequestParam(name = "s", defaultValue = "0") long id,
            @RequestParam(name = "t", defaultValue = "") String token,
            Model model) {
        Optional<String> person = signatures.personOf(id, token);
        if (person.isEmpty()) {
            return "advocacy/signatureLinkInvalid";
        }
        return page(model, person.get(), "/campaigns/signatures/mine?s=" + id + "&t=" + token, id, token);
    }

    @GetMapping("/{lang}/me/signatures")
    public String mineSignedIn(@PathVariable String lang, Actor user, Model model) {
        return page(model, user.username(), "/me/signatures", 0, "");
    }

    private String page(Model model, String person, String here, long anchor, String token) {
        List<SignatureView> list = signatures.of(person);
        java.util.Map<Long, TranslatableText> titles = new java.util.HashMap<>();
        list.forEach(s -> campaigns
                .published(s.campaignId())
                .ifPresent(c -> titles.put(s.campaignId(), c.data().title())));
        model.addAttribute("signatures", list);
        model.addAttribute("titles", titles);
        model.addAttribute("here", here);
        model.addAttribute("anchor", anchor);
        model.addAttribute("token", token);
        return "advocacy/mySignatures";
    }

    /** Deletes one of the person's signatures: the link's token or the session proves who they are. */
    @PostMapping("/{lang}/campaigns/signatures/{sid}/delete")
    public String delete(
            @PathVariable String lang,
            @PathVariable long sid,
            @RequestParam(name = "s", defaultValue = "0") long anchor,
            @RequestParam(name = "t", defaultValue = "") String token,
            Actor user,
            RedirectAttributes redirect,
            Model model) {
        Optional<String> person =
                token.isEmpty() && user.signedIn() ? Optional.of(user.username()) : signatures.personOf(anchor, token);
        if (person.isEmpty()) {
            return "advocacy/signatureLinkInvalid";
        }
        boolean deleted = signatures.delete(sid, person.get());
        redirect.addFlashAttribute(
                deleted ? "flash" : "flashError", deleted ? "signatures.deleted" : "signatures.notFound");
        if (token.isEmpty()) {
            return "redirect:/" + lang + "/me/signatures";
        }
        // The anchor itself may be the one deleted: the list then needs another of theirs.
        long next = sid == anchor
                ? signatures.of(person.get()).stream()
                        .mapToLong(SignatureView::id)
                        .findFirst()
                        .orElse(0)
                : anchor;
        return next == 0
                ? "redirect:/" + lang + "/campaigns"
                : "redirect:/" + lang + "/campaigns/signatures/mine?" + signatures.mineQuery(next);
    }

    @GetMapping("/{lang}/campaigns/signatures/mine.csv")
    public void export(
            @PathVariable String lang,
            @RequestParam(name = "s", defaultValue = "0") long anchor,
            @RequestParam(name = "t", defaultValue = "") String token,
            Actor user,
            HttpServletResponse response)
            throws IOException {
        Optional<String> person =
                token.isEmpty() && user.signedIn() ? Optional.of(user.username()) : signatures.personOf(anchor, token);
        if (person.isEmpty()) {
            throw new org.uclg.carta.kit.web.NotFoundException();
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"my-signatures.csv\"");
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getOutputStream();
                TableWriter table = TableWriter.csv(out)) {
            table.row(List.of(
                    "campaign",
                    "title",
                    "name",
                    "name_shown",
                    "email",
                    "country",
                    "statement_version",
                    "state",
                    "signed_at"));
            for (SignatureView s : signatures.of(person.get())) {
                String title = campaigns
                        .published(s.campaignId())
                        .map(c -> c.data().title().in(lang).text())
                        .orElse("");
                table.row(List.of(
                        s.campaignId(),
                        title,
                        s.name(),
                        s.showName(),
                        s.email(),
                        s.country() == null ? "" : s.country(),
                        s.statementVersion(),
                        s.confirmed() ? "confirmed" : "pending",
                        s.createdAt().toString()));
            }
        }
    }
}
