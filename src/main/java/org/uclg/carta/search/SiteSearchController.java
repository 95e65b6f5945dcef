package org.uclg.carta.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;
import org.uclg.carta.taxonomy.Taxonomy;

/** Searches the whole platform and groups what it finds by kind. */
@Controller
class SiteSearchController {

    static final int PER_GROUP = 5;

    private final ResourceSpace resources;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final org.uclg.carta.events.Gatherings gatherings;
    private final org.uclg.carta.advocacy.Advocacy advocacy;

    SiteSearchController(
            ResourceSpace resources,
            Directory directory,
            Taxonomy taxonomy,
            org.uclg.carta.events.Gatherings gatherings,
            org.uclg.carta.advocacy.Advocacy advocacy) {
        this.gatherings = gatherings;
        this.advocacy = advocacy;
        this.resources = resources;
        this.directory = directory;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/{lang}/search")
    String search(@PathVariable String lang, @RequestParam(defaultValue = "") String q, Model model) {
        String words = q.length() > 200 ? q.substring(0, 200) : q.strip();
        model.addAttribute("q", words);
        if (!words.isEmpty()) {
            model.addAttribute("resources", resources.quickSearch(words, lang, PER_GROUP));
            model.addAttribute(
                    "localGovernments",
                    directory.search(new DirectoryQuery(words, null, null, null, 1, PER_GROUP), lang));
            model.addAttribute("articles", taxonomy.findArticles(words, 10));
            model.addAttribute("events", gatherings.search(words, PER_GROUP));
            model.addAttribute("advocacy", advocacy.search(words, PER_GROUP));
        }
        return "search/results";
    }
}
