package org.uclg.carta.monitoring.commitment;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.MonitoringPermissions;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.Taxonomy;

/** The forms of a local government's commitments. */
@Controller
public class CommitmentController {

    private final CommitmentService commitments;
    private final Directory directory;
    private final Taxonomy taxonomy;

    private final MonitoringPermissions permissions;

    public CommitmentController(
            CommitmentService commitments, Directory directory, Taxonomy taxonomy, MonitoringPermissions permissions) {
        this.permissions = permissions;
        this.commitments = commitments;
        this.directory = directory;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/{lang}/monitoring/commitments/{id}")
    public String one(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        CommitmentView c = commitments.visible(id, user);
        model.addAttribute("commitment", c);
        model.addAttribute(
                "localGovernment", directory.find(c.localGovernmentId()).orElseThrow(NotFoundException::new));
        model.addAttribute("articles", taxonomy.articles(c.articleIds()));
        model.addAttribute("manager", permissions.mayManage(user, c.localGovernmentId()));
        return "monitoring/commitment";
    }

    @GetMapping("/{lang}/monitoring/local-governments/{id}/commitments/new")
    public String newForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        LocalGovernmentView lg = managed(id, user);
        return form(model, lg, new CommitmentForm(), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/monitoring/local-governments/{id}/commitments/new")
    public String create(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CommitmentForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        LocalGovernmentView lg = managed(id, user);
        checkArticles(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, lg, form, errors, null, conflict),
                redirect,
                "monitoring.commitment.saved",
                () -> "/" + lang + "/monitoring/commitments/" + commitments.create(id, form.toData(), user));
    }

    @GetMapping("/{lang}/monitoring/commitments/{id}/edit")
    public String editForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        CommitmentView c = commitments.visible(id, user);
        LocalGovernmentView lg = managed(c.localGovernmentId(), user);
        return form(model, lg, CommitmentForm.of(c), new FieldErrors(), id, false);
    }

    @PostMapping("/{lang}/monitoring/commitments/{id}/edit")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CommitmentForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        CommitmentView c = commitments.visible(id, user);
        LocalGovernmentView lg = managed(c.localGovernmentId(), user);
        checkArticles(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, lg, form, errors, id, conflict),
                redirect,
                "monitoring.commitment.saved",
                () -> {
                    commitments.update(id, form.getVersion(), form.toData(), user);
                    return "/" + lang + "/monitoring/commitments/" + id;
                });
    }

    private void checkArticles(CommitmentForm form, BindingResult binding) {
        if (!AdherenceService.linkableArticles(taxonomy).containsAll(form.getArticleIds())) {
            FormFlow.reject(binding, "articleIds", "monitoring.error.article");
        }
    }

    @PostMapping("/{lang}/monitoring/commitments/{id}/delete")
    public String delete(@PathVariable String lang, @PathVariable long id, Actor user, RedirectAttributes redirect) {
        long lg = commitments.delete(id, user);
        redirect.addFlashAttribute("flash", "monitoring.commitment.deleted");
        return "redirect:/" + lang + "/monitoring/local-governments/" + lg;
    }

    private LocalGovernmentView managed(long localGovernmentId, Actor user) {
        LocalGovernmentView lg = directory.find(localGovernmentId).orElseThrow(NotFoundException::new);
        permissions.requireManage(user, localGovernmentId);
        return lg;
    }

    private String form(
            Model model, LocalGovernmentView lg, CommitmentForm form, FieldErrors errors, Long id, boolean conflict) {
        model.addAttribute("localGovernment", lg);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("id", id);
        model.addAttribute("conflict", conflict);
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        return "monitoring/commitmentEdit";
    }
}
