package org.uclg.carta.events.proposals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.events.forum.ForumService;
import org.uclg.carta.events.forum.SessionFormat;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.Viewer;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Taxonomy;

/** The call for proposals page, submitting, reviewing and deciding. */
@Controller
public class ProposalController {

    private final ProposalService proposals;
    private final ForumService forum;
    private final EventsPermissions permissions;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Languages languages;

    public ProposalController(
            ProposalService proposals,
            ForumService forum,
            EventsPermissions permissions,
            Directory directory,
            Taxonomy taxonomy,
            Languages languages) {
        this.proposals = proposals;
        this.forum = forum;
        this.permissions = permissions;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.languages = languages;
    }

    @GetMapping("/{lang}/forum/{id}/call")
    public String call(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        ProposalForm form = new ProposalForm();
        form.setLanguage(lang);
        return page(model, lang, forum.edition(id, user), user, form, new FieldErrors());
    }

    private String page(
            Model model, String lang, EventView edition, Actor user, ProposalForm form, FieldErrors errors) {
        var call = proposals.call(edition.id());
        model.addAttribute("edition", edition);
        model.addAttribute("call", call.orElse(null));
        model.addAttribute("open", call.map(c -> c.open(proposals.today())).orElse(false));
        model.addAttribute("tracks", forum.tracks(edition.id()));
        model.addAttribute("mine", proposals.mine(edition.id(), user));
        model.addAttribute("localGovernments", directory.findAll(user.localGovernments()));
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        boolean editor = permissions.isEditor(user);
        boolean reviewer = proposals.isReviewer(edition.id(), user);
        model.addAttribute("editor", editor);
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("all", editor || reviewer ? proposals.ofEdition(edition.id()) : List.of());
        model.addAttribute("averages", editor ? proposals.averages(edition.id()) : java.util.Map.of());
        model.addAttribute("reviewers", editor ? String.join("\n", proposals.reviewers(edition.id())) : "");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "events/proposals/call";
    }

    @PostMapping("/{lang}/forum/{id}/proposals")
    public String submit(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult binding,
            Actor user,
            Authentication auth,
            Model model,
            RedirectAttributes redirect) {
        EventView edition = forum.edition(id, user);
        if (!languages.supports(form.getLanguage())) {
            FormFlow.reject(binding, "language", "validation.choice");
        }
        if (taxonomy.articles(form.getArticleIds()).size()
                != form.getArticleIds().stream().distinct().count()) {
            FormFlow.reject(binding, "articleIds", "events.error.article");
        }
        String name = auth != null && auth.getPrincipal() instanceof Viewer v ? v.displayName() : user.username();
        try {
            return FormFlow.submit(
                    binding,
                    (errors, conflict) -> page(model, lang, edition, user, form, errors),
                    redirect,
                    "proposals.submitted",
                    () -> "/" + lang + "/forum/proposals/"
                            + proposals.submit(edition, form.toData(), user, name, lang));
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/" + lang + "/forum/" + id + "/call";
        }
    }

    /** What the call settings form posts. */
    public static class CallForm {
        private String opensOn = "";
        private String closesOn = "";
        private List<String> formats = new ArrayList<>();
        private TranslatableInput guidance = new TranslatableInput();
        private String reviewers = "";

        public String getOpensOn() {
            return opensOn;
        }

        public void setOpensOn(String opensOn) {
            this.opensOn = opensOn == null ? "" : opensOn;
        }

        public String getClosesOn() {
            return closesOn;
        }

        public void setClosesOn(String closesOn) {
            this.closesOn = closesOn == null ? "" : closesOn;
        }

        public List<String> getFormats() {
            return formats;
        }

        public void setFormats(List<String> formats) {
            this.formats = formats == null ? new ArrayList<>() : formats;
        }

        public TranslatableInput getGuidance() {
            return guidance;
        }

        public void setGuidance(TranslatableInput guidance) {
            this.guidance = guidance;
        }

        public String getReviewers() {
            return reviewers;
        }

        public void setReviewers(String reviewers) {
            this.reviewers = reviewers == null ? "" : reviewers;
        }
    }

    @PostMapping("/{lang}/forum/{id}/call")
    public String openCall(
            @PathVariable String lang,
            @PathVariable long id,
            @ModelAttribute CallForm form,
            Actor user,
            RedirectAttributes redirect) {
        EventView edition = forum.edition(id, user);
        permissions.requireEdit(user, edition);
        try {
            LocalDate opens = LocalDate.parse(form.getOpensOn());
            LocalDate closes = LocalDate.parse(form.getClosesOn());
            List<SessionFormat> formats = form.getFormats().stream()
                    .map(f -> SessionFormat.ofCode(f).orElse(null))
                    .toList();
            List<String> reviewers = Arrays.stream(form.getReviewers().split("[\\s,;]+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList();
            if (closes.isBefore(opens)
                    || formats.isEmpty()
                    || formats.contains(null)
                    || form.getGuidance().tooLong(5_000)
                    || reviewers.size() > 200
                    || reviewers.stream().anyMatch(r -> r.length() > 320 || !r.contains("@"))) {
                throw new DateTimeParseException("invalid", "", 0);
            }
            proposals.openCall(
                    edition, opens, closes, formats, form.getGuidance().toText(), user);
            proposals.inviteReviewers(edition, reviewers, user);
            redirect.addFlashAttribute("flash", "proposals.call.saved");
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("flashError", "proposals.call.invalid");
        }
        return "redirect:/" + lang + "/forum/" + id + "/call";
    }

    @GetMapping("/{lang}/forum/proposals/{pid}")
    public String proposal(@PathVariable String lang, @PathVariable long pid, Actor user, Model model) {
        ProposalView p = proposals.visible(pid, user);
        model.addAttribute("proposal", p);
        model.addAttribute("edition", forum.edition(p.eventId(), user));
        model.addAttribute("reviews", proposals.reviews(p, user));
        model.addAttribute("reviewer", proposals.isReviewer(p.eventId(), user));
        model.addAttribute("editor", permissions.isEditor(user));
        model.addAttribute("me", user.signedIn() ? user.username().toLowerCase(Locale.ROOT) : "");
        model.addAttribute(
                "track", p.trackId() == null ? null : forum.tracks(p.eventId()).get(p.trackId()));
        model.addAttribute(
                "localGovernment",
                p.localGovernmentId() == null
                        ? null
                        : directory.find(p.localGovernmentId()).orElse(null));
        model.addAttribute("articles", taxonomy.articles(p.articleIds()));
        return "events/proposals/proposal";
    }

    @PostMapping("/{lang}/forum/proposals/{pid}/review")
    public String review(
            @PathVariable String lang,
            @PathVariable long pid,
            @RequestParam(defaultValue = "0") int score,
            @RequestParam(defaultValue = "") String comment,
            Actor user,
            RedirectAttributes redirect) {
        try {
            proposals.review(
                    pid, score, comment.length() > 2_000 ? comment.substring(0, 2_000) : comment.strip(), user);
            redirect.addFlashAttribute("flash", "proposals.reviewed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", "proposals.error.score");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/forum/proposals/" + pid;
    }

    @PostMapping("/{lang}/forum/proposals/{pid}/decide")
    public String decide(
            @PathVariable String lang,
            @PathVariable long pid,
            @RequestParam(defaultValue = "") String decision,
            Actor user,
            RedirectAttributes redirect) {
        if (!decision.equals("accept") && !decision.equals("reject")) {
            redirect.addFlashAttribute("flashError", "workflow.transition.invalid");
            return "redirect:/" + lang + "/forum/proposals/" + pid;
        }
        try {
            proposals.decide(pid, decision.equals("accept"), user);
            redirect.addFlashAttribute(
                    "flash", decision.equals("accept") ? "proposals.accepted" : "proposals.rejected");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/forum/proposals/" + pid;
    }
}
