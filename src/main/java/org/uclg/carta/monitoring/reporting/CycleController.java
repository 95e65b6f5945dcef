package org.uclg.carta.monitoring.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.monitoring.MonitoringPermissions;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.FrameworkSummary;

/** Reporting cycles: the list, each cycle's page with its reports, and the secretariat's forms. */
@Controller
public class CycleController {

    private final CycleService cycles;
    private final ReportService reports;
    private final AdherenceService monitoring;
    private final Directory directory;
    private final Markdown markdown;
    private final CartaProperties props;
    private final Clock clock;

    private final MonitoringPermissions permissions;

    public CycleController(
            CycleService cycles,
            ReportService reports,
            AdherenceService monitoring,
            Directory directory,
            Markdown markdown,
            CartaProperties props,
            Clock clock,
            MonitoringPermissions permissions) {
        this.permissions = permissions;
        this.cycles = cycles;
        this.reports = reports;
        this.monitoring = monitoring;
        this.directory = directory;
        this.markdown = markdown;
        this.props = props;
        this.clock = clock;
    }

    @GetMapping("/{lang}/monitoring/cycles")
    public String list(@PathVariable String lang, Model model) {
        model.addAttribute("cycles", cycles.newestFirst());
        model.addAttribute("frameworks", monitoring.adherable());
        model.addAttribute("today", LocalDate.now(clock));
        return "monitoring/cycles";
    }

    @GetMapping("/{lang}/monitoring/cycles/{id}")
    public String one(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        CycleView cycle = cycles.find(id);
        Map<Long, ReportView> byLg = reports.ofCycle(id, user).stream()
                .collect(Collectors.toMap(ReportView::localGovernmentId, Function.identity()));
        // Adherents who reported or whom the viewer acts for, then those who reported but left since.
        Map<Long, LocalGovernmentView> lgs = new java.util.LinkedHashMap<>();
        for (AdherenceService.Adherent a :
                monitoring.adherents(cycle.frameworkCode(), null, null, lang).rows()) {
            long lg = a.localGovernment().id();
            if (byLg.containsKey(lg) || permissions.mayManage(user, lg)) {
                lgs.put(lg, a.localGovernment());
            }
        }
        List<Long> former =
                byLg.keySet().stream().filter(lg -> !lgs.containsKey(lg)).toList();
        directory.findAll(former).forEach(lg -> lgs.put(lg.id(), lg));
        List<Long> shown = List.copyOf(lgs.keySet());
        List<ReportRow> rows = shown.stream()
                .filter(lgs::containsKey)
                .map(lg -> new ReportRow(lgs.get(lg), byLg.get(lg), user.represents(lg)))
                .sorted((a, b) -> a.localGovernment()
                        .name()
                        .in(lang)
                        .text()
                        .compareToIgnoreCase(b.localGovernment().name().in(lang).text()))
                .toList();
        model.addAttribute("cycle", cycle);
        model.addAttribute("framework", monitoring.adherableFramework(cycle.frameworkCode()));
        model.addAttribute(
                "instructions", markdown.toHtml(cycle.instructions().in(lang).text()));
        model.addAttribute("articles", cycles.askedArticles(cycle));
        model.addAttribute("indicators", cycles.askedIndicators(cycle));
        model.addAttribute("rows", rows);
        model.addAttribute("today", LocalDate.now(clock));
        return "monitoring/cycle";
    }

    @GetMapping("/{lang}/monitoring/frameworks/{code}/cycles/new")
    @PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
    public String newForm(@PathVariable String lang, @PathVariable String code, Model model) {
        FrameworkSummary f = monitoring.adherableFramework(code);
        CycleForm form = CycleForm.fresh(
                cycles.standardScale(),
                cycles.frameworkArticles(code).stream().map(a -> a.id()).toList());
        return form(model, f, form, new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/monitoring/frameworks/{code}/cycles/new")
    @PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
    public String create(
            @PathVariable String lang,
            @PathVariable String code,
            @Valid @ModelAttribute("form") CycleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        FrameworkSummary f = monitoring.adherableFramework(code);
        StatusScale scale = checked(form, binding, code, null, false);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, f, form, errors, null, conflict),
                redirect,
                "monitoring.cycle.saved",
                () -> "/" + lang + "/monitoring/cycles/" + cycles.create(code, form.toData(scale)));
    }

    @GetMapping("/{lang}/monitoring/cycles/{id}/edit")
    @PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
    public String editForm(@PathVariable String lang, @PathVariable long id, Model model) {
        CycleView c = cycles.find(id);
        return form(
                model, monitoring.adherableFramework(c.frameworkCode()), CycleForm.of(c), new FieldErrors(), id, false);
    }

    @PostMapping("/{lang}/monitoring/cycles/{id}/edit")
    @PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CycleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        CycleView c = cycles.find(id);
        FrameworkSummary f = monitoring.adherableFramework(c.frameworkCode());
        StatusScale scale = checked(form, binding, c.frameworkCode(), c.scale(), cycles.hasReports(id));
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, f, form, errors, id, conflict),
                redirect,
                "monitoring.cycle.saved",
                () -> {
                    cycles.update(id, form.getVersion(), form.toData(scale));
                    return "/" + lang + "/monitoring/cycles/" + id;
                });
    }

    /** The rules that need the framework and the library: articles, indicators and the scale. */
    private StatusScale checked(
            CycleForm form, BindingResult binding, String framework, StatusScale current, boolean locked) {
        if (!cycles.articleIdsOf(framework).containsAll(form.getArticleIds())) {
            FormFlow.reject(binding, "articleIds", "monitoring.error.article");
        }
        if (!cycles.indicatorIds().containsAll(form.getIndicatorIds())) {
            FormFlow.reject(binding, "indicatorIds", "monitoring.cycle.error.indicator");
        }
        return form.scale(props.languages(), current, locked, binding);
    }

    private String form(
            Model model, FrameworkSummary framework, CycleForm form, FieldErrors errors, Long id, boolean conflict) {
        model.addAttribute("framework", framework);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("id", id);
        model.addAttribute("conflict", conflict);
        model.addAttribute("articles", cycles.frameworkArticles(framework.code()));
        model.addAttribute("indicators", cycles.allIndicators());
        return "monitoring/cycleEdit";
    }
}
