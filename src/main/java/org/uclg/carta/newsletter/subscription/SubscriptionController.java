package org.uclg.carta.newsletter.subscription;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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

import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.newsletter.issue.Issues;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * The public side: sign-up with the archive of sent issues, the confirmation link, the preference
 * page and unsubscribing, each reached without an account (signed links).
 */
@Controller
public class SubscriptionController {

    private final Subscribers subscribers;
    private final SignupThrottle throttle;
    private final Issues issues;
    private final Taxonomy taxonomy;

    public SubscriptionController(Subscribers subscribers, SignupThrottle throttle, Issues issues, Taxonomy taxonomy) {
        this.subscribers = subscribers;
        this.throttle = throttle;
        this.issues = issues;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/{lang}/newsletter")
    public String page(@PathVariable String lang, @RequestParam(defaultValue = "1") int page, Model model) {
        SubscriptionForm form = new SubscriptionForm();
        form.setLanguage(lang);
        return page(model, form, new FieldErrors(), page);
    }

    /** The answer is the same for a new, a pending and a known address: nothing tells them apart. */
    @PostMapping("/{lang}/newsletter")
    public String subscribe(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") SubscriptionForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, form, FieldErrors.of(binding), 1);
        }
        if (!form.robot()) {
            if (!throttle.allowed(request.getRemoteAddr(), form.getEmail())) {
                FieldErrors errors = new FieldErrors();
                errors.reject("email", "newsletter.error.tooMany");
                return page(model, form, errors, 1);
            }
            subscribers.subscribe(form.getEmail(), form.getLanguage(), form.chosenTopics(), "form");
        }
        redirect.addFlashAttribute("flash", "newsletter.subscribe.checkInbox");
        return "redirect:/" + lang + "/newsletter";
    }

    @GetMapping("/{lang}/newsletter/confirm")
    public String confirm(
            @PathVariable String lang,
            @RequestParam(name = "s", defaultValue = "0") long id,
            @RequestParam(name = "e", defaultValue = "0") long expires,
            @RequestParam(name = "t", defaultValue = "") String token,
            Model model) {
        var confirmed = subscribers.confirm(id, expires, token);
        if (confirmed.isEmpty()) {
            return "newsletter/linkInvalid";
        }
        model.addAttribute("preferences", subscribers.preferencesLink(confirmed.get()));
        return "newsletter/confirmed";
    }

    @GetMapping("/{lang}/newsletter/preferences")
    public String preferences(
            @PathVariable String lang,
            @RequestParam(name = "s", defaultValue = "0") long id,
            @RequestParam(name = "t", defaultValue = "") String token,
            Model model) {
        var s = subscribers.withLink(id, token);
        if (s.isEmpty()) {
            return "newsletter/linkInvalid";
        }
        model.addAttribute("subscriber", s.get());
        model.addAttribute("token", token);
        model.addAttribute("regions", taxonomy.regions());
        return "newsletter/preferences";
    }

    @PostMapping("/{lang}/newsletter/preferences")
    public String savePreferences(
            @PathVariable String lang,
            @RequestParam(name = "s", defaultValue = "0") long id,
            @RequestParam(name = "t", defaultValue = "") String token,
            @ModelAttribute("form") SubscriptionForm form,
            RedirectAttributes redirect,
            Model model) {
        if (subscribers.withLink(id, token).isEmpty()) {
            return "newsletter/linkInvalid";
        }
        subscribers.update(id, form.getLanguage(), form.chosenTopics());
        redirect.addFlashAttribute("flash", "newsletter.preferences.saved");
        return "redirect:/" + lang + "/newsletter/preferences?s=" + id + "&t=" + token;
    }

    /** The visible link asks first, so a mail scanner that follows links unsubscribes nobody. */
    @GetMapping("/{lang}/newsletter/unsubscribe")
    public String unsubscribePage(
            @PathVariable String lang,
            @RequestParam(name = "s", defaultValue = "0") long id,
            @RequestParam(name = "t", defaultValue = "") String token,
            Model model) {
        if (subscribers.withLink(id, token).isEmpty()) {
            return "newsletter/linkInvalid";
        }
        model.addAttribute("id", id);
        model.addAttribute("token", token);
        return "newsletter/unsubscribe";
    }

    /** The button, and mail clients' one-click POST (RFC 8058), which carries no CSRF token. */
    @PostMapping("/{lang}/newsletter/unsubscribe")
    public String unsubscribe(
            @PathVariable String lang,
            @RequestParam(name = "s", defaultValue = "0") long id,
            @RequestParam(name = "t", defaultValue = "") String token,
            Model model) {
        var s = subscribers.withLink(id, token);
        if (s.isEmpty()) {
            return "newsletter/linkInvalid";
        }
        subscribers.unsubscribe(id);
        model.addAttribute("preferences", subscribers.preferencesLink(s.get()));
        return "newsletter/unsubscribed";
    }

    private String page(Model model, SubscriptionForm form, FieldErrors errors, int page) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", taxonomy.regions());
        model.addAttribute("archive", issues.sent(Paging.of(page, 20, 20, 20)));
        model.addAttribute("topics", List.of(Topic.values()));
        return "newsletter/newsletter";
    }
}
