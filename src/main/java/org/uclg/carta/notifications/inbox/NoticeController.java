package org.uclg.carta.notifications.inbox;

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
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;

/** The notification centre: the person's notices, newest first, and how they want to hear of each kind. */
@Controller
public class NoticeController {

    static final int PAGE_SIZE = 20;

    private final Notices notices;
    private final Preferences preferences;
    private final Persons persons;

    public NoticeController(Notices notices, Preferences preferences, Persons persons) {
        this.notices = notices;
        this.preferences = preferences;
        this.persons = persons;
    }

    @GetMapping("/{lang}/me/notifications")
    public String centre(
            @PathVariable String lang,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "false") boolean unread,
            Actor user,
            Model model) {
        long me = persons.require(user);
        model.addAttribute("notices", notices.page(me, Paging.of(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE), unread));
        model.addAttribute("unreadOnly", unread);
        return "notifications/centre";
    }

    /** Following a notice marks it read; a plain link, so it works without JavaScript. */
    @GetMapping("/{lang}/me/notifications/{id}")
    public String open(@PathVariable String lang, @PathVariable long id, Actor user) {
        String path = notices.open(persons.require(user), id).orElseThrow(NotFoundException::new);
        return "redirect:/" + lang + path;
    }

    @PostMapping("/{lang}/me/notifications/read-all")
    public String readAll(@PathVariable String lang, Actor user, RedirectAttributes redirect) {
        notices.readAll(persons.require(user));
        redirect.addFlashAttribute("flash", "notice.readAll.done");
        return "redirect:/" + lang + "/me/notifications";
    }

    @GetMapping("/{lang}/me/notifications/preferences")
    public String preferences(@PathVariable String lang, Actor user, Model model) {
        return preferencesPage(model, PreferencesForm.of(preferences.of(persons.require(user))), new FieldErrors());
    }

    @PostMapping("/{lang}/me/notifications/preferences")
    public String savePreferences(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") PreferencesForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        long me = persons.require(user);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> preferencesPage(model, form, errors),
                redirect,
                "notice.preferences.saved",
                () -> {
                    preferences.save(me, form.chosen());
                    return "/" + lang + "/me/notifications/preferences";
                });
    }

    private String preferencesPage(Model model, PreferencesForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "notifications/preferences";
    }
}
