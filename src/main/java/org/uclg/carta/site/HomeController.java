package org.uclg.carta.site;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Taxonomy;

@Controller
class HomeController {

    private final Languages languages;
    private final Directory directory;
    private final Taxonomy taxonomy;

    HomeController(Languages languages, Directory directory, Taxonomy taxonomy) {
        this.languages = languages;
        this.directory = directory;
        this.taxonomy = taxonomy;
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
        return "site/home";
    }

    @GetMapping("/{lang}/action-plan")
    String actionPlan(@PathVariable String lang) {
        return "site/actionPlan";
    }
}
