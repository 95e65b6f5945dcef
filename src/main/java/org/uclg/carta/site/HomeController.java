package org.uclg.carta.site;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.uclg.carta.events.Gatherings;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.monitoring.Reporting;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Taxonomy;

/** The front pages show what is happening now, read from the modules that own it; nothing on them is written by hand. */
@Controller
class HomeController {

    private final Languages languages;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Gatherings gatherings;
    private final ResourceSpace library;
    private final Reporting reporting;
    private final Clock clock;

    HomeController(
            Languages languages,
            Directory directory,
            Taxonomy taxonomy,
            Gatherings gatherings,
            ResourceSpace library,
            Reporting reporting,
            Clock clock) {
        this.languages = languages;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.gatherings = gatherings;
        this.library = library;
        this.reporting = reporting;
        this.clock = clock;
    }

    /** The bare root sends readers to their language (Accept-Language, English when nothing matches). */
    @GetMapping("/")
    String root(HttpServletRequest request) {
        return "redirect:/" + languages.forRequest(request) + "/";
    }

    // Two letters: "/favicon.ico" and other files at the root are not a language.
    @GetMapping({"/{lang:[a-z]{2}}", "/{lang:[a-z]{2}}/"})
    String home(@PathVariable String lang, Model model) {
        model.addAttribute("stats", directory.stats());
        model.addAttribute("frameworks", taxonomy.frameworks());
        model.addAttribute("events", gatherings.upcoming(clock.instant(), 4));
        model.addAttribute("resources", library.latest(4));
        model.addAttribute("charters", reporting.figures());
        model.addAttribute("debates", gatherings.openDebates(LocalDate.now(clock), 2));
        return "site/home";
    }

    @GetMapping("/{lang}/action-plan")
    String actionPlan(@PathVariable String lang, Model model) {
        var track = taxonomy.hrcTrack();
        var latest = new java.util.ArrayList<>(track.subList(Math.max(0, track.size() - 3), track.size()));
        java.util.Collections.reverse(latest);
        model.addAttribute("track", latest);
        model.addAttribute("events", gatherings.upcoming(clock.instant(), 3));
        model.addAttribute("debates", gatherings.openDebates(LocalDate.now(clock), 2));
        model.addAttribute("frameworks", taxonomy.frameworks());
        model.addAttribute("charters", reporting.figures());
        model.addAttribute("resources", library.latest(3));
        model.addAttribute("learning", gatherings.upcoming(clock.instant(), "learning", 2));
        return "site/actionPlan";
    }
}
