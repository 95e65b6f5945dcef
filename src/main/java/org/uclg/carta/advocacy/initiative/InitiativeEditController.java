package org.uclg.carta.advocacy.initiative;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.advocacy.campaign.LinkedIds;
import org.uclg.carta.events.Gatherings;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Taxonomy;

/** Proposing and editing an initiative, the editors' decisions, joining and leaving, and the coordinator's updates. */
@Controller
class InitiativeEditController {

    private final Initiatives initiatives;
    private final AdvocacyPermissions permissions;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final ResourceSpace resources;
    private final Gatherings gatherings;
    private final Languages languages;

    InitiativeEditController(
            Initiatives initiatives,
            AdvocacyPermissions permissions,
            Directory directory,
            Taxonomy taxonomy,
            ResourceSpace resources,
            Gatherings gatherings,
            Languages languages) {
        this.initiatives = initiatives;
        this.permissions = permissions;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.resources = resources;
        this.gatherings = gatherings;
        this.languages = languages;
    }

    @GetMapping("/{lang}/initiatives/new")
    String newForm(@PathVariable String lang, Actor user, Model model) {
        AdvocacyPermissions.require(permissions.isEditor(user) || permissions.mayPropose(user), "Not allowed");
        InitiativeForm form = new InitiativeForm();
        if (!user.localGovernments().isEmpty()) {
            form.setLocalGovernmentId(user.localGovernments().iterator().next());
        }
        return form(model, lang, form, new FieldErrors(), null, false, user);
    }

    @PostMapping("/{lang}/initiatives/new")
    String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") InitiativeForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        boolean editor = permissions.isEditor(user);
        AdvocacyPermissions.require(editor || permissions.mayPropose(user), "Not allowed");
        Long lg = form.getLocalGovernmentId();
        if (lg == null || (editor ? !directory.exists(lg) : !user.represents(lg))) {
            FormFlow.reject(binding, "localGovernmentId", "validation.choice");
        }
        check(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, lang, form, errors, null, conflict, user),
                redirect,
                editor ? "initiatives.saved" : "initiatives.proposed",
                () -> "/" + lang + "/initiatives/" + initiatives.propose(form.toData(), lg, user));
    }

    @GetMapping("/{lang}/initiatives/{id}/edit")
    String editForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        InitiativeView i = editable(id, user);
        return form(model, lang, InitiativeForm.of(i), new FieldErrors(), i, false, user);
    }

    @PostMapping("/{lang}/initiatives/{id}/edit")
    String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") InitiativeForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        InitiativeView i = editable(id, user);
        check(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, lang, form, errors, i, conflict, user),
                redirect,
                "initiatives.saved",
                () -> {
                    initiatives.update(id, form.getVersion(), form.toData(), user);
                    return "/" + lang + "/initiatives/" + id;
                });
    }

    @PostMapping("/{lang}/initiatives/{id}/state")
    String state(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String reason,
            Actor user,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "approve" -> initiatives.approve(id, user);
                case "decline" -> {
                    String why = reason.strip();
                    if (why.isEmpty() || why.length() > 1_000 || why.indexOf('\0') >= 0) {
                        redirect.addFlashAttribute("flashError", "campaigns.error.reason");
                        return "redirect:/" + lang + "/initiatives/" + id;
                    }
                    initiatives.decline(id, why, user);
                }
                case "close" -> initiatives.close(id, user);
                case "reopen" -> initiatives.reopen(id, user);
                default -> throw new WorkflowException("initiatives.error.state");
            }
            redirect.addFlashAttribute("flash", "initiatives.done." + action);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/initiatives/" + id;
    }

    @PostMapping("/{lang}/initiatives/{id}/{action:join|leave}")
    String membership(
            @PathVariable String lang,
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam long localGovernmentId,
            Actor user,
            RedirectAttributes redirect) {
        initiatives.visible(id, user);
        try {
            if (action.equals("join")) {
                initiatives.join(id, localGovernmentId, user);
            } else {
                initiatives.leave(id, localGovernmentId, user);
            }
            redirect.addFlashAttribute("flash", "initiatives.done." + action);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/initiatives/" + id + (action.equals("join") ? "/space" : "");
    }

    /** What the update form posts: a title and a text in each language, and whether the public sees it. */
    public static class UpdateForm {
        private TranslatableInput title = new TranslatableInput();
        private TranslatableInput body = new TranslatableInput();
        private boolean visibleToAll;

        public TranslatableInput getTitle() {
            return title;
        }

        public void setTitle(TranslatableInput title) {
            this.title = title;
        }

        public TranslatableInput getBody() {
            return body;
        }

        public void setBody(TranslatableInput body) {
            this.body = body;
        }

        public boolean isVisibleToAll() {
            return visibleToAll;
        }

        public void setVisibleToAll(boolean visibleToAll) {
            this.visibleToAll = visibleToAll;
        }
    }

    @PostMapping("/{lang}/initiatives/{id}/updates")
    String postUpdate(
            @PathVariable String lang,
            @PathVariable long id,
            @ModelAttribute UpdateForm form,
            Actor user,
            RedirectAttributes redirect) {
        InitiativeView i = initiatives.visible(id, user);
        AdvocacyPermissions.require(initiatives.mayCoordinate(i, user), "Not the coordinator");
        if (form.getTitle().isBlankIn(languages.codes())
                || form.getTitle().tooLong(200)
                || form.getBody().tooLong(5_000)
                || form.getTitle().getValues().values().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)
                || form.getBody().getValues().values().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
            redirect.addFlashAttribute("flashError", "initiatives.error.update");
            redirect.addFlashAttribute(
                    "draftTitle", new java.util.HashMap<>(form.getTitle().getValues()));
            redirect.addFlashAttribute(
                    "draftBody", new java.util.HashMap<>(form.getBody().getValues()));
            return "redirect:/" + lang + "/initiatives/" + id + "/space#post-update";
        }
        try {
            initiatives.postUpdate(id, form.getTitle().toText(), form.getBody().toText(), form.isVisibleToAll(), user);
            redirect.addFlashAttribute("flash", "initiatives.updatePosted");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/initiatives/" + id + "/space#updates";
    }

    private InitiativeView editable(long id, Actor user) {
        InitiativeView i = initiatives.visible(id, user);
        AdvocacyPermissions.require(initiatives.mayCoordinate(i, user), "Not the coordinator");
        return i;
    }

    private void check(InitiativeForm form, BindingResult binding) {
        if (taxonomy.articles(form.getArticleIds()).size()
                != form.getArticleIds().stream().distinct().count()) {
            FormFlow.reject(binding, "articleIds", "campaigns.error.article");
        }
        for (String field : java.util.List.of("outputs", "documents")) {
            LinkedIds.parse(form.linked(field)).ifPresent(ids -> {
                if (ids.stream().anyMatch(r -> resources.published(r).isEmpty())) {
                    FormFlow.reject(binding, field, "campaigns.error.resource");
                }
            });
        }
        LinkedIds.parse(form.getMeetings()).ifPresent(ids -> {
            if (ids.stream().anyMatch(e -> gatherings.event(e).isEmpty())) {
                FormFlow.reject(binding, "meetings", "campaigns.error.event");
            }
        });
        LinkedIds.parse(form.getDebates()).ifPresent(ids -> {
            if (ids.stream().anyMatch(d -> gatherings.debate(d).isEmpty())) {
                FormFlow.reject(binding, "debates", "initiatives.error.debate");
            }
        });
    }

    private String form(
            Model model,
            String lang,
            InitiativeForm form,
            FieldErrors errors,
            InitiativeView initiative,
            boolean conflict,
            Actor user) {
        boolean editor = permissions.isEditor(user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("initiative", initiative);
        model.addAttribute("conflict", conflict);
        model.addAttribute("editor", editor);
        model.addAttribute(
                "coordinators",
                initiative != null
                        ? java.util.List.of()
                        : editor ? directory.allByName(lang) : directory.findAll(user.localGovernments()));
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        return "advocacy/initiativeEdit";
    }
}
