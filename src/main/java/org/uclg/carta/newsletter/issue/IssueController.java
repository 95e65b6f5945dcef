package org.uclg.carta.newsletter.issue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.newsletter.subscription.Subscribers;

/** The secretariat writes an issue, previews it in each language, sends a test to itself and schedules it. */
@Controller
@PreAuthorize("@newsletterPermissions.mayEdit(principal)")
public class IssueController {

    private final Issues issues;
    private final LiveBlocks blocks;
    private final Letterpress press;
    private final Subscribers subscribers;
    private final Notifications mail;
    private final Languages languages;
    private final java.time.Clock clock;

    public IssueController(
            Issues issues,
            LiveBlocks blocks,
            Letterpress press,
            Subscribers subscribers,
            Notifications mail,
            Languages languages,
            java.time.Clock clock) {
        this.clock = clock;
        this.issues = issues;
        this.blocks = blocks;
        this.press = press;
        this.subscribers = subscribers;
        this.mail = mail;
        this.languages = languages;
    }

    @GetMapping("/{lang}/newsletter/issues")
    public String list(@PathVariable String lang, Model model) {
        model.addAttribute("issues", issues.all());
        model.addAttribute("counts", subscribers.counts());
        return "newsletter/issues";
    }

    @GetMapping("/{lang}/newsletter/issues/new")
    public String newForm(@PathVariable String lang, Model model) {
        return form(model, new IssueForm(), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/newsletter/issues")
    public String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") IssueForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, form, errors, null, conflict),
                redirect,
                "newsletter.issue.saved",
                () -> "/" + lang + "/newsletter/issues/" + issues.create(form.toData(), user) + "/manage");
    }

    @GetMapping("/{lang}/newsletter/issues/{id}/edit")
    public String editForm(@PathVariable String lang, @PathVariable long id, Model model) {
        IssueView i = issues.find(id);
        return form(model, IssueForm.of(i), new FieldErrors(), i, false);
    }

    @PostMapping("/{lang}/newsletter/issues/{id}/edit")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") IssueForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        IssueView i = issues.find(id);
        if (!i.editable()) {
            redirect.addFlashAttribute("flashError", "newsletter.error.notEditable");
            return "redirect:/" + lang + "/newsletter/issues/" + id + "/manage";
        }
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, form, errors, i, conflict),
                redirect,
                "newsletter.issue.saved",
                () -> {
                    issues.update(id, form.getVersion(), form.toData());
                    return "/" + lang + "/newsletter/issues/" + id + "/manage";
                });
    }

    /** Where an issue stands: its previews, test send, schedule and, once sending, its progress and figures. */
    @GetMapping("/{lang}/newsletter/issues/{id}/manage")
    public String manage(@PathVariable String lang, @PathVariable long id, Model model) {
        IssueView i = issues.find(id);
        model.addAttribute("issue", i);
        model.addAttribute("figures", issues.figures(id));
        model.addAttribute("blocks", i.editable() ? blocks.now(i.data()) : blocks.thaw(issues.frozenBlocks(id)));
        return "newsletter/manage";
    }

    /** The issue as a subscriber in that language would get it (format html or text). */
    @GetMapping("/{lang}/newsletter/issues/{id}/preview")
    public ResponseEntity<String> preview(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(name = "in", defaultValue = "en") String in,
            @RequestParam(defaultValue = "html") String format) {
        if (!languages.codes().contains(in)) {
            throw new NotFoundException();
        }
        IssueView i = issues.find(id);
        Letterpress.Letter letter = press.write(
                i.data(),
                i.editable() ? blocks.now(i.data()) : blocks.thaw(issues.frozenBlocks(id)),
                in,
                mail.baseUrl() + "/" + in + "/newsletter/preferences",
                mail.baseUrl() + "/" + in + "/newsletter/unsubscribe");
        boolean text = "text".equals(format);
        return ResponseEntity.ok()
                .contentType(
                        text
                                ? new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)
                                : new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(text ? letter.text() : letter.html());
    }

    /** Sends the issue to the editor alone, in the language chosen, marked as a test. */
    @PostMapping("/{lang}/newsletter/issues/{id}/test")
    public String test(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(name = "in", defaultValue = "en") String in,
            Actor user,
            RedirectAttributes redirect) {
        if (!languages.codes().contains(in)) {
            throw new NotFoundException();
        }
        IssueView i = issues.find(id);
        Letterpress.Letter letter = press.write(
                i.data(), i.editable() ? blocks.now(i.data()) : blocks.thaw(issues.frozenBlocks(id)), in, null, null);
        mail.sendLetters(
                List.of(new Notifications.Letter(
                        user.username(), "[TEST] " + letter.subject(), letter.text(), letter.html(), Map.of())),
                new Notifications.LetterProgress() {
                    @Override
                    public void before(int index) {}

                    @Override
                    public void after(int index, boolean accepted) {}
                });
        redirect.addFlashAttribute("flash", "newsletter.issue.testSent");
        return "redirect:/" + lang + "/newsletter/issues/" + id + "/manage";
    }

    /** "now", or a date and time in UTC (a datetime-local field). */
    @PostMapping("/{lang}/newsletter/issues/{id}/schedule")
    public String schedule(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(defaultValue = "now") String when,
            @RequestParam(defaultValue = "") String at,
            RedirectAttributes redirect) {
        Instant moment;
        if ("later".equals(when)) {
            try {
                moment = LocalDateTime.parse(at).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                redirect.addFlashAttribute("flashError", "newsletter.error.when");
                return "redirect:/" + lang + "/newsletter/issues/" + id + "/manage";
            }
        } else {
            moment = clock.instant();
        }
        try {
            issues.schedule(id, moment);
            redirect.addFlashAttribute("flash", "newsletter.issue.scheduled");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/newsletter/issues/" + id + "/manage";
    }

    @PostMapping("/{lang}/newsletter/issues/{id}/unschedule")
    public String unschedule(@PathVariable String lang, @PathVariable long id, RedirectAttributes redirect) {
        try {
            issues.unschedule(id);
            redirect.addFlashAttribute("flash", "newsletter.issue.unscheduled");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/newsletter/issues/" + id + "/manage";
    }

    private String form(Model model, IssueForm form, FieldErrors errors, IssueView issue, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("issue", issue);
        model.addAttribute("conflict", conflict);
        return "newsletter/issueEdit";
    }
}
