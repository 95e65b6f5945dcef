package org.uclg.carta.events.debate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.Viewer;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.Taxonomy;

/** Debates: the list, a debate with its positions and replies, taking part, moderation, the conclusion. */
@Controller
public class DebateController {

    private final DebateService debates;
    private final EventsPermissions permissions;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Markdown markdown;
    private final Languages languages;

    public DebateController(
            DebateService debates,
            EventsPermissions permissions,
            Directory directory,
            Taxonomy taxonomy,
            Markdown markdown,
            Languages languages) {
        this.debates = debates;
        this.permissions = permissions;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.markdown = markdown;
        this.languages = languages;
    }

    @GetMapping("/{lang}/debates")
    public String list(@PathVariable String lang, Actor user, Model model) {
        model.addAttribute("debates", debates.all());
        model.addAttribute("today", debates.today());
        model.addAttribute("editor", permissions.isEditor(user));
        return "events/debate/debates";
    }

    @GetMapping("/{lang}/debates/{id}")
    public String debate(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        ContributionForm form = new ContributionForm();
        form.setLanguage(lang);
        return page(model, lang, id, user, form, new FieldErrors());
    }

    private String page(Model model, String lang, long id, Actor user, ContributionForm form, FieldErrors errors) {
        DebateView d = debates.debate(id);
        List<ContributionView> all = debates.contributions(id);
        model.addAttribute("debate", d);
        model.addAttribute(
                "background", markdown.toHtml(d.data().background().in(lang).text()));
        model.addAttribute(
                "positions", all.stream().filter(c -> c.parentId() == null).toList());
        model.addAttribute(
                "replies",
                all.stream()
                        .filter(c -> c.parentId() != null)
                        .collect(Collectors.groupingBy(ContributionView::parentId)));
        Set<Long> lgIds = new HashSet<>();
        all.forEach(c -> {
            if (c.localGovernmentId() != null) {
                lgIds.add(c.localGovernmentId());
            }
        });
        lgIds.addAll(user.localGovernments());
        Map<Long, LocalGovernmentView> lgs =
                directory.findAll(lgIds).stream().collect(Collectors.toMap(LocalGovernmentView::id, lg -> lg));
        model.addAttribute("localGovernments", lgs);
        model.addAttribute(
                "mine",
                user.localGovernments().stream()
                        .filter(lgs::containsKey)
                        .map(lgs::get)
                        .toList());
        model.addAttribute("articles", taxonomy.articles(d.data().articleIds()));
        model.addAttribute("open", d.open(debates.today()));
        model.addAttribute("editor", permissions.isEditor(user));
        model.addAttribute("reports", permissions.isEditor(user) ? debates.reports(id) : Map.of());
        model.addAttribute("me", user.username());
        model.addAttribute("editUntil", debates.editableSince());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "events/debate/debate";
    }

    @PostMapping("/{lang}/debates/{id}/contributions")
    public String contribute(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ContributionForm form,
            BindingResult binding,
            Actor user,
            Authentication auth,
            Model model,
            RedirectAttributes redirect) {
        if (!languages.supports(form.getLanguage())) {
            FormFlow.reject(binding, "language", "validation.choice");
        }
        String name = auth != null && auth.getPrincipal() instanceof Viewer v ? v.displayName() : user.username();
        try {
            return FormFlow.submit(
                    binding,
                    (errors, conflict) -> page(model, lang, id, user, form, errors),
                    redirect,
                    "debates.contributed",
                    () -> {
                        long c = debates.contribute(
                                id,
                                form.getParentId(),
                                form.getBody(),
                                form.getLanguage(),
                                form.getLocalGovernmentId(),
                                user,
                                name);
                        return "/" + lang + "/debates/" + id + "#contribution-" + c;
                    });
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/" + lang + "/debates/" + id;
        }
    }

    @PostMapping("/{lang}/debates/contributions/{cid}/edit")
    public String edit(
            @PathVariable String lang,
            @PathVariable long cid,
            @RequestParam long debate,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "en") String language,
            Actor user,
            RedirectAttributes redirect) {
        String text = body.strip();
        if (text.isEmpty() || text.length() > 5_000 || !languages.supports(language)) {
            redirect.addFlashAttribute("flashError", "debates.error.body");
        } else {
            try {
                debates.edit(cid, text, language, user);
                redirect.addFlashAttribute("flash", "debates.edited");
            } catch (WorkflowException e) {
                redirect.addFlashAttribute("flashError", e.messageKey());
            }
        }
        return "redirect:/" + lang + "/debates/" + debate + "#contribution-" + cid;
    }

    @PostMapping("/{lang}/debates/contributions/{cid}/report")
    public String report(
            @PathVariable String lang,
            @PathVariable long cid,
            @RequestParam long debate,
            @RequestParam(defaultValue = "") String reason,
            Actor user,
            RedirectAttributes redirect) {
        debates.report(cid, reason.length() > 1_000 ? reason.substring(0, 1_000) : reason.strip(), user);
        redirect.addFlashAttribute("flash", "debates.reported");
        return "redirect:/" + lang + "/debates/" + debate + "#contribution-" + cid;
    }

    @PostMapping("/{lang}/debates/contributions/{cid}/hide")
    public String hide(
            @PathVariable String lang,
            @PathVariable long cid,
            @RequestParam(defaultValue = "") String reason,
            Actor user,
            RedirectAttributes redirect) {
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 1_000) {
            redirect.addFlashAttribute("flashError", "debates.error.reason");
            long debate = debates.contributionDebate(cid);
            return "redirect:/" + lang + "/debates/" + debate;
        }
        long debate = debates.hide(cid, why, user);
        redirect.addFlashAttribute("flash", "debates.hidden");
        return "redirect:/" + lang + "/debates/" + debate + "#contribution-" + cid;
    }

    /** What the conclusion form posts: the text in each language and the positions it draws on. */
    public static class ConclusionForm {
        private TranslatableInput conclusion = new TranslatableInput();
        private List<Long> cited = new java.util.ArrayList<>();

        public TranslatableInput getConclusion() {
            return conclusion;
        }

        public void setConclusion(TranslatableInput conclusion) {
            this.conclusion = conclusion;
        }

        public List<Long> getCited() {
            return cited;
        }

        public void setCited(List<Long> cited) {
            this.cited = cited == null ? new java.util.ArrayList<>() : cited;
        }
    }

    @PostMapping("/{lang}/debates/{id}/conclude")
    public String conclude(
            @PathVariable String lang,
            @PathVariable long id,
            @ModelAttribute ConclusionForm form,
            Actor user,
            RedirectAttributes redirect) {
        if (form.getConclusion().isBlankIn(languages.codes())
                || form.getConclusion().tooLong(10_000)) {
            redirect.addFlashAttribute("flashError", "debates.error.conclusion");
            return "redirect:/" + lang + "/debates/" + id;
        }
        try {
            debates.conclude(id, form.getConclusion().toText(), Set.copyOf(form.getCited()), user);
            redirect.addFlashAttribute("flash", "debates.concluded");
        } catch (org.uclg.carta.kit.web.InvalidInputException e) {
            redirect.addFlashAttribute("flashError", "debates.error.cited");
        }
        return "redirect:/" + lang + "/debates/" + id;
    }
}
