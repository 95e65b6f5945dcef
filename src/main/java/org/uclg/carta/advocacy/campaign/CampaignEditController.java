package org.uclg.carta.advocacy.campaign;

import java.util.List;

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

/**
 * Writing campaigns: the secretariat creates and edits them; a representative proposes one for
 * their local government and edits it while it waits; editors approve, decline, close and reopen,
 * and post updates.
 */
@Controller
public class CampaignEditController {

    private final CampaignService campaigns;
    private final AdvocacyPermissions permissions;
    private final Taxonomy taxonomy;
    private final Directory directory;
    private final ResourceSpace resources;
    private final Gatherings gatherings;
    private final Languages languages;
    private final org.uclg.carta.advocacy.initiative.Initiatives initiatives;

    public CampaignEditController(
            CampaignService campaigns,
            AdvocacyPermissions permissions,
            Taxonomy taxonomy,
            Directory directory,
            ResourceSpace resources,
            Gatherings gatherings,
            Languages languages,
            org.uclg.carta.advocacy.initiative.Initiatives initiatives) {
        this.initiatives = initiatives;
        this.campaigns = campaigns;
        this.permissions = permissions;
        this.taxonomy = taxonomy;
        this.directory = directory;
        this.resources = resources;
        this.gatherings = gatherings;
        this.languages = languages;
    }

    @GetMapping("/{lang}/campaigns/new")
    public String newForm(
            @PathVariable String lang, @RequestParam(required = false) Long initiative, Actor user, Model model) {
        AdvocacyPermissions.require(permissions.isEditor(user) || permissions.mayPropose(user), "Not allowed");
        CampaignForm form = new CampaignForm();
        if (initiative != null && initiatives.published(initiative).isPresent()) {
            form.setInitiativeId(initiative);
        }
        form.setOpensOn(campaigns.today());
        form.setGoal(50);
        if (!permissions.isEditor(user)) {
            form.setLocalGovernmentId(user.localGovernments().iterator().next());
        }
        return form(model, form, new FieldErrors(), null, false, user);
    }

    @PostMapping("/{lang}/campaigns/new")
    public String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") CampaignForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        boolean editor = permissions.isEditor(user);
        AdvocacyPermissions.require(editor || permissions.mayPropose(user), "Not allowed");
        if (!editor && (form.getLocalGovernmentId() == null || !user.represents(form.getLocalGovernmentId()))) {
            FormFlow.reject(binding, "localGovernmentId", "validation.choice");
        }
        check(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, form, errors, null, conflict, user),
                redirect,
                editor ? "campaigns.saved" : "campaigns.proposed",
                () -> "/" + lang + "/campaigns/"
                        + (editor
                                ? campaigns.create(
                                        form.toData(), form.getStatement().toText(), form.isOpen(), user)
                                : campaigns.propose(
                                        form.toData(),
                                        form.getStatement().toText(),
                                        form.getLocalGovernmentId(),
                                        user)));
    }

    @GetMapping("/{lang}/campaigns/{id}/edit")
    public String editForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        CampaignView c = editable(id, user);
        return form(model, CampaignForm.of(c), new FieldErrors(), c, false, user);
    }

    @PostMapping("/{lang}/campaigns/{id}/edit")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CampaignForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        CampaignView c = editable(id, user);
        check(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, form, errors, c, conflict, user),
                redirect,
                "campaigns.saved",
                () -> {
                    campaigns.update(
                            id,
                            form.getVersion(),
                            form.toData(),
                            form.getStatement().toText(),
                            form.getChangeNote().toText(),
                            user);
                    return "/" + lang + "/campaigns/" + id;
                });
    }

    /** Approve, decline (with a reason), close or reopen. */
    @PostMapping("/{lang}/campaigns/{id}/state")
    public String state(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String reason,
            Actor user,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "approve" -> campaigns.approve(id, user);
                case "decline" -> {
                    String why = reason.strip();
                    if (why.isEmpty() || why.length() > 1_000) {
                        redirect.addFlashAttribute("flashError", "campaigns.error.reason");
                        return "redirect:/" + lang + "/campaigns/" + id;
                    }
                    campaigns.decline(id, why, user);
                }
                case "close" -> campaigns.close(id, user);
                case "reopen" -> campaigns.reopen(id, user);
                default -> throw new WorkflowException("campaigns.error.state");
            }
            redirect.addFlashAttribute("flash", "campaigns.done." + action);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/campaigns/" + id;
    }

    /** What the update form posts: a title and a short text in each language. */
    public static class UpdateForm {
        private TranslatableInput title = new TranslatableInput();
        private TranslatableInput body = new TranslatableInput();

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
    }

    @PostMapping("/{lang}/campaigns/{id}/updates")
    public String postUpdate(
            @PathVariable String lang,
            @PathVariable long id,
            @ModelAttribute UpdateForm form,
            Actor user,
            RedirectAttributes redirect) {
        permissions.requireEditor(user);
        if (form.getTitle().isBlankIn(languages.codes())
                || form.getTitle().tooLong(200)
                || form.getBody().tooLong(5_000)) {
            redirect.addFlashAttribute("flashError", "campaigns.error.update");
            return "redirect:/" + lang + "/campaigns/" + id + "#updates";
        }
        campaigns.postUpdate(id, form.getTitle().toText(), form.getBody().toText(), user);
        redirect.addFlashAttribute("flash", "campaigns.updatePosted");
        return "redirect:/" + lang + "/campaigns/" + id + "#updates";
    }

    private CampaignView editable(long id, Actor user) {
        CampaignView c = campaigns.visible(id, user);
        boolean proposer = c.state() == CampaignState.PROPOSED && user.represents(c.proposedBy());
        AdvocacyPermissions.require(permissions.isEditor(user) || proposer, "Not allowed to edit this campaign");
        return c;
    }

    private void check(CampaignForm form, BindingResult binding) {
        if (form.getInitiativeId() != null
                && initiatives.published(form.getInitiativeId()).isEmpty()) {
            FormFlow.reject(binding, "initiativeId", "validation.choice");
        }
        if (taxonomy.articles(form.getArticleIds()).size()
                != form.getArticleIds().stream().distinct().count()) {
            FormFlow.reject(binding, "articleIds", "campaigns.error.article");
        }
        LinkedIds.parse(form.getResources()).ifPresent(ids -> {
            if (ids.stream().anyMatch(r -> resources.published(r).isEmpty())) {
                FormFlow.reject(binding, "resources", "campaigns.error.resource");
            }
        });
        LinkedIds.parse(form.getEvents()).ifPresent(ids -> {
            if (ids.stream().anyMatch(e -> gatherings.event(e).isEmpty())) {
                FormFlow.reject(binding, "events", "campaigns.error.event");
            }
        });
        if (form.getPartnerIds().stream()
                .anyMatch(p -> p == null || directory.partner(p).isEmpty())) {
            FormFlow.reject(binding, "partnerIds", "validation.choice");
        }
    }

    private String form(
            Model model, CampaignForm form, FieldErrors errors, CampaignView campaign, boolean conflict, Actor user) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("campaign", campaign);
        model.addAttribute("conflict", conflict);
        model.addAttribute("editor", permissions.isEditor(user));
        model.addAttribute("mine", directory.findAll(user.localGovernments()));
        model.addAttribute("partners", directory.partners());
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        model.addAttribute("amending", campaign != null && campaign.state().isPublic());
        return "advocacy/campaignEdit";
    }

    static List<CampaignState> publicStates() {
        return List.of(CampaignState.OPEN, CampaignState.CLOSED);
    }
}
