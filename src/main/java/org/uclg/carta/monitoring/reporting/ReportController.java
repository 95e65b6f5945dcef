package org.uclg.carta.monitoring.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.files.FileRejectedException;
import org.uclg.carta.kit.files.FileStorage;
import org.uclg.carta.kit.files.StoredFile;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.monitoring.MonitoringPermissions;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;

/** Writing a report, reading it, and the secretariat's review. */
@Controller
public class ReportController {

    public static final int MAX_EVIDENCE = 100;

    private final ReportService reports;
    private final CycleService cycles;
    private final Directory directory;
    private final ResourceSpace resources;
    private final FileStorage storage;
    private final AuditTrail audit;
    private final Markdown markdown;
    private final CartaProperties props;

    private final MonitoringPermissions permissions;

    public ReportController(
            ReportService reports,
            CycleService cycles,
            Directory directory,
            ResourceSpace resources,
            FileStorage storage,
            AuditTrail audit,
            Markdown markdown,
            CartaProperties props,
            MonitoringPermissions permissions) {
        this.permissions = permissions;
        this.reports = reports;
        this.cycles = cycles;
        this.directory = directory;
        this.resources = resources;
        this.storage = storage;
        this.audit = audit;
        this.markdown = markdown;
        this.props = props;
    }

    @PostMapping("/{lang}/monitoring/cycles/{cycleId}/reports")
    public String start(
            @PathVariable String lang,
            @PathVariable long cycleId,
            @RequestParam long localGovernment,
            Actor user,
            RedirectAttributes redirect) {
        try {
            long id = reports.start(cycleId, localGovernment, user);
            return "redirect:/" + lang + "/monitoring/reports/" + id + "/edit";
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/" + lang + "/monitoring/cycles/" + cycleId;
        }
    }

    @GetMapping("/{lang}/monitoring/reports/{id}")
    public String one(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        ReportView r = reports.visible(id, user);
        describe(model, r);
        model.addAttribute("author", permissions.mayManage(user, r.localGovernmentId()));
        model.addAttribute("reviewer", permissions.mayReview(user));
        model.addAttribute("history", audit.history(ReportService.ITEM_TYPE, id));
        model.addAttribute("narratives", narrativesHtml(r, lang));
        return "monitoring/report";
    }

    @GetMapping("/{lang}/monitoring/reports/{id}/edit")
    public String editForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        ReportView r = reports.visible(id, user);
        if (!permissions.mayManage(user, r.localGovernmentId())) {
            throw new NotFoundException();
        }
        if (!r.state().editable()) {
            return "redirect:/" + lang + "/monitoring/reports/" + id;
        }
        return form(model, r, ReportForm.of(r), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/monitoring/reports/{id}/edit")
    public String save(
            @PathVariable String lang,
            @PathVariable long id,
            @ModelAttribute("form") ReportForm form,
            @RequestParam(defaultValue = "save") String action,
            Actor user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        ReportView r = reports.visible(id, user);
        if (!permissions.mayManage(user, r.localGovernmentId())) {
            throw new NotFoundException();
        }
        CycleView cycle = cycles.find(r.cycleId());
        List<ArticleRef> articles = cycles.askedArticles(cycle);
        var validated =
                form.validate(cycle, articles, cycles.askedIndicators(cycle), props.languages(), rid -> resources
                        .publishedTitle(rid)
                        .isPresent());
        FieldErrors errors = validated.errors();
        List<ReportView.EvidenceView> added = new ArrayList<>();
        validated
                .links()
                .forEach(l -> added.add(new ReportView.EvidenceView(
                        -1, l.articleId(), l.resourceId(), l.url(), l.label(), null, null, null, null)));
        List<StoredFile> stored = new ArrayList<>();
        if (!errors.any()) {
            storeFiles(request, articles, form, added, stored, errors);
        }
        if (!errors.any()
                && r.evidence().size() + added.size() - form.getRemoveEvidence().size() > MAX_EVIDENCE) {
            errors.reject("evidence", "monitoring.report.error.tooMuchEvidence");
        }
        if (errors.any()) {
            deleteQuietly(stored);
            return form(model, r, form, errors, null, false);
        }
        ReportDraft draft = new ReportDraft(validated.answers(), validated.values(), added, form.getRemoveEvidence());
        FieldErrors missing;
        try {
            missing = reports.save(id, form.getVersion(), draft, "submit".equals(action), user);
        } catch (ReportConflictException e) {
            deleteQuietly(stored);
            form.setVersion(e.current().version());
            return form(
                    model, e.current(), form, new FieldErrors(), e.current(), !stored.isEmpty() || !added.isEmpty());
        } catch (WorkflowException e) {
            deleteQuietly(stored);
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/" + lang + "/monitoring/reports/" + id;
        }
        if (missing.any()) {
            ReportView saved = reports.visible(id, user);
            ReportForm again = ReportForm.of(saved);
            model.addAttribute("incomplete", true);
            return form(model, saved, again, missing, null, false);
        }
        redirect.addFlashAttribute(
                "flash", "submit".equals(action) ? "monitoring.report.submitted" : "monitoring.report.saved");
        return "redirect:/" + lang + "/monitoring/reports/" + id + ("submit".equals(action) ? "" : "/edit");
    }

    @PostMapping("/{lang}/monitoring/reports/{id}/review")
    public String review(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam String step,
            @RequestParam(defaultValue = "") String comment,
            Actor user,
            RedirectAttributes redirect) {
        reports.visible(id, user);
        try {
            switch (step) {
                case "start" -> reports.startReview(id, user);
                case "return" ->
                    reports.returnToAuthors(id, comment.length() > 5000 ? comment.substring(0, 5000) : comment, user);
                case "publish" -> reports.publish(id, user);
                default -> throw new WorkflowException("workflow.transition.invalid");
            }
            redirect.addFlashAttribute("flash", "monitoring.report.step." + step);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("comment", comment);
        }
        return "redirect:/" + lang + "/monitoring/reports/" + id;
    }

    @GetMapping("/{lang}/monitoring/reports/{id}/evidence/{index}")
    public ResponseEntity<InputStreamResource> evidence(@PathVariable long id, @PathVariable int index, Actor user)
            throws IOException {
        ReportView r = reports.visible(id, user);
        ReportView.EvidenceView e = r.evidence().stream()
                .filter(x -> x.index() == index && x.file())
                .findFirst()
                .orElseThrow(NotFoundException::new);
        String type = new StoredFile(e.fileKey(), "", e.contentType(), 0, e.fileName()).safeContentType();
        InputStream in = storage.open(e.fileKey());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(e.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(in));
    }

    private void storeFiles(
            HttpServletRequest request,
            List<ArticleRef> articles,
            ReportForm form,
            List<ReportView.EvidenceView> added,
            List<StoredFile> stored,
            FieldErrors errors)
            throws IOException {
        MultipartHttpServletRequest multipart =
                org.springframework.web.util.WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return;
        }
        for (ArticleRef a : articles) {
            MultipartFile file = multipart.getFile("file-" + a.id());
            if (file == null || file.isEmpty()) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                StoredFile s =
                        storage.store(in, file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename());
                stored.add(s);
                String label = form.evidenceUrlOf(a.id()).isBlank() ? form.evidenceLabelOf(a.id()) : "";
                added.add(new ReportView.EvidenceView(
                        -1,
                        a.id(),
                        null,
                        null,
                        label.isBlank() ? null : label.strip(),
                        s.key(),
                        s.originalName(),
                        s.contentType(),
                        s.size()));
            } catch (FileRejectedException e) {
                errors.reject("evidence-" + a.id(), e.messageKey());
            }
        }
    }

    private void deleteQuietly(List<StoredFile> stored) {
        for (StoredFile s : stored) {
            try {
                storage.delete(s.key());
            } catch (IOException ignored) {
                // an orphan file harms no one; the report does not point to it
            }
        }
    }

    private String form(
            Model model,
            ReportView r,
            ReportForm form,
            FieldErrors errors,
            ReportView current,
            boolean evidenceDropped) {
        describe(model, r);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("current", current);
        model.addAttribute("evidenceDropped", evidenceDropped);
        model.addAttribute("incomplete", model.containsAttribute("incomplete"));
        return "monitoring/reportEdit";
    }

    /** What both the report's page and its form show: the report, its cycle, what it asks. */
    private void describe(Model model, ReportView r) {
        CycleView cycle = cycles.find(r.cycleId());
        model.addAttribute("report", r);
        model.addAttribute("cycle", cycle);
        model.addAttribute("localGovernment", lg(r));
        model.addAttribute("articles", cycles.askedArticles(cycle));
        model.addAttribute("indicators", cycles.askedIndicators(cycle));
        model.addAttribute("resourceTitles", resourceTitles(r));
    }

    private LocalGovernmentView lg(ReportView r) {
        return directory.find(r.localGovernmentId()).orElseThrow(NotFoundException::new);
    }

    private Map<Long, org.uclg.carta.kit.i18n.TranslatableText> resourceTitles(ReportView r) {
        return r.evidence().stream()
                .filter(e -> e.resourceId() != null)
                .map(ReportView.EvidenceView::resourceId)
                .distinct()
                .collect(Collectors.toMap(
                        x -> x,
                        x -> resources.publishedTitle(x).orElse(org.uclg.carta.kit.i18n.TranslatableText.empty())));
    }

    private Map<Long, String> narrativesHtml(ReportView r, String lang) {
        return r.answers().stream()
                .collect(Collectors.toMap(
                        ReportView.AnswerView::articleId,
                        a -> markdown.toHtml(a.narrative().in(lang).text())));
    }
}
