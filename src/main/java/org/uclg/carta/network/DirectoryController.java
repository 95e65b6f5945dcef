package org.uclg.carta.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.taxonomy.Tags;
import org.uclg.carta.taxonomy.Taxonomy;

/** The public directory: filters that live in the URL, a page per local government and partner. */
@Controller
class DirectoryController {

    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Tags tags;
    private final AuditTrail audit;
    private final List<LocalGovernmentSection> sections;
    private final List<PartnerSection> partnerSections;

    DirectoryController(
            Directory directory,
            Taxonomy taxonomy,
            Tags tags,
            AuditTrail audit,
            List<LocalGovernmentSection> sections,
            List<PartnerSection> partnerSections) {
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.tags = tags;
        this.audit = audit;
        this.sections = sections;
        this.partnerSections = partnerSections;
    }

    @GetMapping("/{lang}/network")
    String list(
            @PathVariable String lang,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        DirectoryQuery query = new DirectoryQuery(q, region, country, type, page, 20);
        model.addAttribute("query", query);
        model.addAttribute("results", directory.search(query, lang));
        model.addAttribute("regions", taxonomy.regions());
        model.addAttribute("countries", directory.countriesInUse(lang));
        model.addAttribute("partners", directory.partners());
        return htmx != null ? "network/results" : "network/directory";
    }

    @GetMapping("/{lang}/network/local-governments/{id}")
    String show(@PathVariable String lang, @PathVariable long id, Model model) {
        LocalGovernmentView lg = directory.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("lg", lg);
        model.addAttribute("region", taxonomy.region(lg.region()).orElse(null));
        model.addAttribute("articles", tags.of(NetworkAdmin.ITEM_TYPE, id));
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new LocalGovernmentSection.Shown(s.titleKey(), s.publicItems(id)))
                        .filter(s -> !s.items().isEmpty())
                        .toList());
        model.addAttribute("history", audit.history(NetworkAdmin.ITEM_TYPE, id));
        return "network/localGovernment";
    }

    /** Partners by kind, each with what the sections show in the overview (agreements in force). */
    @GetMapping("/{lang}/network/partners")
    String partners(@PathVariable String lang, Model model) {
        Map<PartnerKind, List<PartnerView>> byKind = new EnumMap<>(PartnerKind.class);
        Map<Long, List<PartnerSection.Item>> highlights = new HashMap<>();
        for (PartnerView p : directory.partners()) {
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
            highlights.put(
                    p.id(),
                    partnerSections.stream()
                            .flatMap(s -> s.overview(p.id()).stream())
                            .toList());
        }
        Comparator<PartnerView> byName =
                Comparator.comparing(p -> p.name().in(lang).text().toLowerCase(java.util.Locale.ROOT));
        byKind.values().forEach(list -> list.sort(byName));
        model.addAttribute("byKind", byKind);
        model.addAttribute("highlights", highlights);
        return "network/partners";
    }

    @GetMapping("/{lang}/network/partners/{id}")
    String partner(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        model.addAttribute("partner", directory.partner(id).orElseThrow(NotFoundException::new));
        model.addAttribute(
                "sections",
                partnerSections.stream()
                        .map(s -> new PartnerSection.Shown(s.titleKey(), s.items(id, user)))
                        .filter(s -> !s.items().isEmpty())
                        .toList());
        model.addAttribute(
                "actions",
                partnerSections.stream()
                        .flatMap(s -> s.actions(id, user).stream())
                        .toList());
        return "network/partner";
    }
}
