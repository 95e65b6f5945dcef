package org.uclg.carta.events.forum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

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

import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;

/** The secretariat builds an edition's programme: rooms and tracks, sessions, speakers. */
@Controller
@PreAuthorize("@eventsPermissions.mayCreate(principal)")
public class ForumEditController {

    static final int MAX_LINES = 100;

    private final ForumService forum;

    public ForumEditController(ForumService forum) {
        this.forum = forum;
    }

    @GetMapping("/{lang}/forum/{id}/setup")
    public String setupForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        EventView e = forum.edition(id, user);
        String rooms = String.join(
                "\n", forum.rooms(id).stream().map(Timetable.RoomColumn::name).toList());
        Map<String, String> tracks = new LinkedHashMap<>();
        for (String l : List.of("fr", "en", "es")) {
            tracks.put(
                    l,
                    String.join(
                            "\n",
                            forum.tracks(id).values().stream()
                                    .map(t -> t.get(l))
                                    .toList()));
        }
        return setup(model, e, rooms, tracks, new FieldErrors());
    }

    /** Rooms one per line; tracks one per line, the same line in each language. */
    @PostMapping("/{lang}/forum/{id}/setup")
    public String setUp(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String rooms,
            @RequestParam Map<String, String> params,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        EventView e = forum.edition(id, user);
        List<String> roomNames = Arrays.stream(rooms.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String[]> lines = new LinkedHashMap<>();
        int count = 0;
        for (String l : List.of("fr", "en", "es")) {
            String v = params.getOrDefault("tracks." + l, "");
            typed.put(l, v);
            String[] ls = v.isBlank() ? new String[0] : v.strip().split("\\R");
            lines.put(l, ls);
            count = Math.max(count, ls.length);
        }
        FieldErrors errors = new FieldErrors();
        if (roomNames.size() > MAX_LINES || roomNames.stream().anyMatch(r -> r.length() > 200)) {
            errors.reject("rooms", "validation.tooLong");
        }
        if (count > MAX_LINES) {
            errors.reject("tracks", "validation.tooLong");
        }
        if (errors.any()) {
            return setup(model, e, rooms, typed, errors);
        }
        List<TranslatableText> tracks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> one = new LinkedHashMap<>();
            for (var entry : lines.entrySet()) {
                if (i < entry.getValue().length) {
                    one.put(
                            entry.getKey(),
                            entry.getValue()[i].length() > 200
                                    ? entry.getValue()[i].substring(0, 200)
                                    : entry.getValue()[i]);
                }
            }
            TranslatableText t = TranslatableText.of(one);
            if (!t.isEmpty()) {
                tracks.add(t);
            }
        }
        forum.setUp(e, roomNames, tracks, user);
        redirect.addFlashAttribute("flash", "forum.setup.saved");
        return "redirect:/" + lang + "/forum/" + id;
    }

    private String setup(Model model, EventView e, String rooms, Map<String, String> tracks, FieldErrors errors) {
        model.addAttribute("edition", e);
        model.addAttribute("rooms", rooms);
        model.addAttribute("tracks", tracks);
        model.addAttribute("errors", errors);
        return "events/forum/setup";
    }

    @GetMapping("/{lang}/forum/{id}/sessions/new")
    public String newSession(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        EventView e = forum.edition(id, user);
        SessionForm form = new SessionForm();
        form.setDay(e.start().toLocalDate());
        return sessionForm(model, e, form, new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/forum/{id}/sessions/new")
    public String createSession(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        EventView e = forum.edition(id, user);
        check(e, form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> sessionForm(model, e, form, errors, null, conflict),
                redirect,
                "forum.session.saved",
                () -> "/" + lang + "/forum/sessions/" + forum.createSession(e, form.toData(e.zone()), user));
    }

    @GetMapping("/{lang}/forum/sessions/{sid}/edit")
    public String editSession(@PathVariable String lang, @PathVariable long sid, Actor user, Model model) {
        SessionView s = forum.session(sid, user);
        EventView e = forum.edition(s.eventId(), user);
        return sessionForm(model, e, SessionForm.of(s, e.zone()), new FieldErrors(), s, false);
    }

    @PostMapping("/{lang}/forum/sessions/{sid}/edit")
    public String updateSession(
            @PathVariable String lang,
            @PathVariable long sid,
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        SessionView s = forum.session(sid, user);
        EventView e = forum.edition(s.eventId(), user);
        check(e, form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> sessionForm(model, e, form, errors, s, conflict),
                redirect,
                "forum.session.saved",
                () -> {
                    forum.updateSession(sid, form.getVersion(), form.toData(e.zone()), user);
                    return "/" + lang + "/forum/sessions/" + sid;
                });
    }

    private void check(EventView e, SessionForm form, BindingResult binding) {
        if (form.getRoomId() != null && forum.rooms(e.id()).stream().noneMatch(r -> r.id().equals(form.getRoomId()))) {
            FormFlow.reject(binding, "roomId", "validation.choice");
        }
        if (form.getTrackId() != null && !forum.tracks(e.id()).containsKey(form.getTrackId())) {
            FormFlow.reject(binding, "trackId", "validation.choice");
        }
        var known = forum.allSpeakers().stream().map(SpeakerView::id).toList();
        if (!known.containsAll(form.everyone())) {
            FormFlow.reject(binding, "speakerIds", "validation.choice");
        }
    }

    private String sessionForm(
            Model model, EventView e, SessionForm form, FieldErrors errors, SessionView session, boolean conflict) {
        model.addAttribute("edition", e);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("session", session);
        model.addAttribute("conflict", conflict);
        model.addAttribute("rooms", forum.rooms(e.id()));
        model.addAttribute("tracks", forum.tracks(e.id()));
        model.addAttribute("speakers", forum.allSpeakers());
        return "events/forum/sessionEdit";
    }

    @GetMapping("/{lang}/forum/speakers/new")
    public String newSpeaker(@PathVariable String lang, Model model) {
        return speakerForm(model, new SpeakerForm(), new FieldErrors(), null);
    }

    @PostMapping("/{lang}/forum/speakers/new")
    public String createSpeaker(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") SpeakerForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        return FormFlow.submit(
                binding,
                (errors, conflict) -> speakerForm(model, form, errors, null),
                redirect,
                "forum.speaker.saved",
                () -> "/" + lang + "/forum/speakers/"
                        + forum.createSpeaker(
                                form.getName(),
                                blank(form.getAffiliation()),
                                form.getBiography().toText(),
                                user));
    }

    @GetMapping("/{lang}/forum/speakers/{id}/edit")
    public String editSpeaker(@PathVariable String lang, @PathVariable long id, Model model) {
        SpeakerView s = forum.speaker(id);
        return speakerForm(model, SpeakerForm.of(s), new FieldErrors(), s);
    }

    @PostMapping("/{lang}/forum/speakers/{id}/edit")
    public String updateSpeaker(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") SpeakerForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        SpeakerView s = forum.speaker(id);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> speakerForm(model, form, errors, s),
                redirect,
                "forum.speaker.saved",
                () -> {
                    forum.updateSpeaker(
                            id,
                            form.getName(),
                            blank(form.getAffiliation()),
                            form.getBiography().toText(),
                            user);
                    return "/" + lang + "/forum/speakers/" + id;
                });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String speakerForm(Model model, SpeakerForm form, FieldErrors errors, SpeakerView speaker) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("speaker", speaker);
        return "events/forum/speakerEdit";
    }
}
