package org.uclg.carta.taxonomy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.NotFoundException;

@Controller
class TaxonomyController {

    private final Taxonomy taxonomy;
    private final java.util.List<TaggedItemSource> sources;
    private final AuditTrail audit;
    private final Languages languages;

    TaxonomyController(
            Taxonomy taxonomy, java.util.List<TaggedItemSource> sources, AuditTrail audit, Languages languages) {
        this.taxonomy = taxonomy;
        this.sources = sources;
        this.audit = audit;
        this.languages = languages;
    }

    @GetMapping("/{lang}/frameworks")
    String list(@PathVariable String lang, Model model) {
        model.addAttribute("frameworks", taxonomy.frameworks());
        model.addAttribute("hrcTrack", taxonomy.hrcTrack());
        return "taxonomy/frameworks";
    }

    @GetMapping("/{lang}/frameworks/{code}")
    String framework(@PathVariable String lang, @PathVariable String code, Model model) {
        model.addAttribute("framework", taxonomy.framework(code).orElseThrow(NotFoundException::new));
        model.addAttribute("parts", taxonomy.parts(code));
        model.addAttribute("articles", taxonomy.articles(code));
        return "taxonomy/framework";
    }

    @GetMapping("/{lang}/frameworks/{code}/articles/{number}")
    String article(@PathVariable String lang, @PathVariable String code, @PathVariable String number, Model model) {
        ArticleRef article = taxonomy.article(code, number).orElseThrow(NotFoundException::new);
        model.addAttribute("framework", taxonomy.framework(code).orElseThrow(NotFoundException::new));
        model.addAttribute("article", article);
        java.util.Map<String, java.util.List<TaggedItem>> tagged = new java.util.LinkedHashMap<>();
        for (TaggedItemSource source : sources) {
            java.util.List<TaggedItem> items = source.publicItemsTaggedWith(article.id());
            if (!items.isEmpty()) {
                tagged.put(source.kindKey(), items);
            }
        }
        model.addAttribute("tagged", tagged);
        return "taxonomy/article";
    }

    @GetMapping("/{lang}/frameworks/{code}/articles/{number}/edit")
    @PreAuthorize("@taxonomyPermissions.mayEdit(principal)")
    String editForm(@PathVariable String lang, @PathVariable String code, @PathVariable String number, Model model) {
        ArticleRef article = taxonomy.article(code, number).orElseThrow(NotFoundException::new);
        return form(model, code, article, TranslatableInput.from(article.label()), article.verified(), null);
    }

    @PostMapping("/{lang}/frameworks/{code}/articles/{number}/edit")
    @PreAuthorize("@taxonomyPermissions.mayEdit(principal)")
    String edit(
            @PathVariable String lang,
            @PathVariable String code,
            @PathVariable String number,
            @org.springframework.web.bind.annotation.ModelAttribute("label") TranslatableInput label,
            @RequestParam(defaultValue = "false") boolean verified,
            Model model,
            RedirectAttributes redirect) {
        ArticleRef article = taxonomy.article(code, number).orElseThrow(NotFoundException::new);
        if (label.isBlankIn(languages.codes())
                || languages.codes().stream().anyMatch(l -> label.get(l).isBlank())) {
            return form(model, code, article, label, verified, "taxonomy.validation.allLanguages");
        }
        if (label.tooLong(300)) {
            return form(model, code, article, label, verified, "validation.tooLong");
        }
        taxonomy.correctLabel(code, number, label.toText(), verified);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/" + lang + article.path();
    }

    private String form(
            Model model, String code, ArticleRef article, TranslatableInput label, boolean verified, String error) {
        model.addAttribute("framework", taxonomy.framework(code).orElseThrow(NotFoundException::new));
        model.addAttribute("article", article);
        model.addAttribute("label", label);
        model.addAttribute("verified", verified);
        model.addAttribute("error", error);
        model.addAttribute("history", audit.history("article", article.id()));
        return "taxonomy/articleEdit";
    }
}
