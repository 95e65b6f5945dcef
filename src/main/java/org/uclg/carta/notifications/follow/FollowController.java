package org.uclg.carta.notifications.follow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.notifications.inbox.Persons;

/** Follow and stop following from any page's button; the list of what one follows. */
@Controller
public class FollowController {

    private final Follows follows;
    private final Persons persons;

    public FollowController(Follows follows, Persons persons) {
        this.follows = follows;
        this.persons = persons;
    }

    @GetMapping("/{lang}/me/follows")
    public String list(@PathVariable String lang, Actor user, Model model) {
        model.addAttribute("follows", follows.of(persons.require(user)));
        return "notifications/follows";
    }

    /**
     * Back is where the button was: a path of this site only, so the form cannot send people elsewhere.
     */
    @PostMapping("/{lang}/me/follows")
    public String change(
            @PathVariable String lang,
            @RequestParam String target,
            @RequestParam long id,
            @RequestParam(defaultValue = "follow") String action,
            @RequestParam(defaultValue = "/me/follows") String back,
            Actor user,
            RedirectAttributes redirect) {
        long me = persons.require(user);
        Target t = Target.ofCode(target).orElseThrow(NotFoundException::new);
        if (action.equals("unfollow")) {
            follows.unfollow(me, t, id);
            redirect.addFlashAttribute("flash", "follow.stopped");
        } else if (follows.follow(me, t, id)) {
            redirect.addFlashAttribute("flash", "follow.started");
        } else {
            redirect.addFlashAttribute("flashError", "follow.tooMany");
        }
        return "redirect:/" + lang + safe(back);
    }

    static String safe(String back) {
        boolean local = back.startsWith("/")
                && !back.startsWith("//")
                && !back.contains("\\")
                && back.length() <= 500
                && back.chars().noneMatch(c -> c < 0x20);
        return local ? back : "/me/follows";
    }
}
