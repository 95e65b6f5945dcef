package org.uclg.carta.monitoring.adherence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.MonitoringPermissions;
import org.uclg.carta.monitoring.dashboard.WorldMap;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.FrameworkSummary;
import org.uclg.carta.taxonomy.Taxonomy;

/** Public pages of the charters' follow-up, and the forms that record and withdraw adherences. */
@Controller
public class AdherenceController {

    private final AdherenceService monitoring;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final java.time.Clock clock;
    private final WorldMap map;
    private final org.springframework.context.MessageSource messages;

    private final MonitoringPermissions permissions;

    public AdherenceController(
            AdherenceService monitoring,
            Directory directory,
            Taxonomy taxonomy,
            java.time.Clock clock,
            WorldMap map,
            org.springframework.context.MessageSource messages,
            MonitoringPermissions permissions) {
        this.permissions = permissions;
        this.map = map;
        this.messages = messages;
        this.monitoring = monitoring;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @GetMapping("/{lang}/monitoring")
    public String overview(@PathVariable String lang, Model model) {
        model.addAttribute("frameworks", monitoring.adherable());
        model.addAttribute("counts", monitoring.adherentCounts());
        return "monitoring/overview";
    }

    @GetMapping("/{lang}/monitoring/frameworks/{code}")
    public String adherents(
            @PathVariable String lang,
            @PathVariable String code,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String country,
            Actor user,
            Model model) {
        FrameworkSummary framework = monitoring.adherableFramework(code);
        String r = Inputs.blankToNull(region);
        String c = Inputs.blankToNull(country);
        AdherenceService.Adherents adherents = monitoring.adherents(code, r, c, lang);
        model.addAttribute("framework", framework);
        model.addAttribute("adherents", adherents);
        model.addAttribute("regions", taxonomy.regions());
        model.addAttribute("countries", directory.countriesInUse(lang));
        model.addAttribute("region", r == null ? "" : r);
        model.addAttribute("country", c == null ? "" : c);
        model.addAttribute("canRecord", permissions.mayRecordAdherences(user));
        java.util.Map<String, Long> perCountry = adherents.rows().stream()
                .collect(Collectors.groupingBy(
                        a -> a.localGovernment().country(), java.util.TreeMap::new, Collectors.counting()));
        java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
        java.util.Map<String, WorldMap.Fill> fills = new java.util.HashMap<>();
        perCountry.forEach((iso, n) -> fills.put(
                iso,
                new WorldMap.Fill(
                        "map-adherent",
                        org.uclg.carta.kit.i18n.Countries.name(iso, lang) + ": "
                                + messages.getMessage("monitoring.map.adherentTooltip", new Object[] {n}, locale))));
        model.addAttribute(
                "map",
                map.render(
                        messages.getMessage(
                                "monitoring.map.adherentsLabel",
                                new Object[] {framework.title().in(lang).text()},
                                locale),
                        fills));
        model.addAttribute(
                "mayWithdraw",
                adherents.rows().stream()
                        .filter(a -> permissions.mayManage(user, a.adherence().localGovernmentId()))
                        .map(a -> a.adherence().id())
                        .collect(Collectors.toSet()));
        return "monitoring/adherents";
    }

    @GetMapping("/{lang}/monitoring/frameworks/{code}/adherences/new")
    public String newForm(
            @PathVariable String lang,
            @PathVariable String code,
            @RequestParam(required = false) Long localGovernment,
            Actor user,
            Model model) {
        requireMayRecord(user);
        AdherenceForm form = new AdherenceForm();
        form.setLocalGovernmentId(localGovernment);
        form.setAdheredOn(LocalDate.now(clock));
        return form(model, monitoring.adherableFramework(code), form, new FieldErrors(), user);
    }

    @PostMapping("/{lang}/monitoring/frameworks/{code}/adherences/new")
    public String create(
            @PathVariable String lang,
            @PathVariable String code,
            @Valid @ModelAttribute("form") AdherenceForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        requireMayRecord(user);
        FrameworkSummary framework = monitoring.adherableFramework(code);
        Set<Long> articles =
                taxonomy.articles(code).stream().map(ArticleRef::id).collect(Collectors.toSet());
        if (form.getAdheredOn() != null && form.getAdheredOn().isAfter(LocalDate.now(clock))) {
            FormFlow.reject(binding, "adheredOn", "monitoring.error.future");
        }
        if (!articles.containsAll(form.notes().keySet())) {
            FormFlow.reject(binding, "reservations", "monitoring.error.article");
        }
        if (form.getLocalGovernmentId() != null && !permissions.mayManage(user, form.getLocalGovernmentId())) {
            FormFlow.reject(binding, "localGovernmentId", "monitoring.error.notYours");
        }
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, framework, form, errors, user),
                redirect,
                "monitoring.flash.recorded",
                () -> {
                    monitoring.record(form.getLocalGovernmentId(), code, form.toData(), user);
                    return "/" + lang + "/monitoring/frameworks/" + code;
                });
    }

    @GetMapping("/{lang}/monitoring/adherences/{id}/withdraw")
    public String withdrawForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        AdherenceView a = monitoring.find(id).orElseThrow(NotFoundException::new);
        permissions.requireManage(user, a.localGovernmentId());
        WithdrawalForm form = new WithdrawalForm();
        form.setOn(LocalDate.now(clock));
        return withdrawPage(model, a, form, new FieldErrors());
    }

    @PostMapping("/{lang}/monitoring/adherences/{id}/withdraw")
    public String withdraw(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") WithdrawalForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        AdherenceView a = monitoring.find(id).orElseThrow(NotFoundException::new);
        permissions.requireManage(user, a.localGovernmentId());
        if (form.getOn() != null && a.adheredOn() != null && form.getOn().isBefore(a.adheredOn())) {
            FormFlow.reject(binding, "on", "monitoring.error.beforeAdherence");
        }
        return FormFlow.submit(
                binding,
                (errors, conflict) -> withdrawPage(model, a, form, errors),
                redirect,
                "monitoring.flash.withdrawn",
                () -> {
                    monitoring.withdraw(id, form.getOn(), form.getReason().strip(), user);
                    return "/" + lang + "/monitoring/frameworks/" + a.frameworkCode();
                });
    }

    private String form(Model model, FrameworkSummary framework, AdherenceForm form, FieldErrors errors, Actor user) {
        model.addAttribute("framework", framework);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("localGovernments", actFor(user));
        model.addAttribute("articles", taxonomy.articles(framework.code()));
        return "monitoring/adherenceForm";
    }

    private String withdrawPage(Model model, AdherenceView a, WithdrawalForm form, FieldErrors errors) {
        model.addAttribute("adherence", a);
        model.addAttribute("framework", monitoring.adherableFramework(a.frameworkCode()));
        model.addAttribute(
                "localGovernment", directory.find(a.localGovernmentId()).orElseThrow(NotFoundException::new));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "monitoring/withdraw";
    }

    /** The local governments a user may record adherences for: all for editors, their own for representatives. */
    private List<LocalGovernmentView> actFor(Actor user) {
        if (!user.signedIn()) {
            return List.of();
        }
        return user.secretariat() ? directory.allByName("en") : directory.findAll(user.localGovernments());
    }

    private void requireMayRecord(Actor user) {
        if (!permissions.mayRecordAdherences(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed to record adherences");
        }
    }
}
