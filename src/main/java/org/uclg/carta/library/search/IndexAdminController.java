package org.uclg.carta.library.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins rebuild the search index from the database and watch its progress. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
public class IndexAdminController {

    private final IndexRebuild rebuild;

    public IndexAdminController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping("/{lang}/admin/search-index")
    public String page(
            @PathVariable String lang, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("progress", rebuild.progress());
        return htmx != null ? "library/indexProgress" : "library/indexAdmin";
    }

    @PostMapping("/{lang}/admin/search-index")
    public String start(@PathVariable String lang, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                rebuild.start() ? "flash" : "flashError",
                rebuild.progress().running() ? "index.started" : "index.busy");
        return "redirect:/" + lang + "/admin/search-index";
    }
}
