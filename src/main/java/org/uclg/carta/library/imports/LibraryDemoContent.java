package org.uclg.carta.library.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.library.resource.CaseStudySections;
import org.uclg.carta.library.resource.ResourceData;
import org.uclg.carta.library.resource.ResourceService;
import org.uclg.carta.library.resource.ResourceType;
import org.uclg.carta.library.resource.Resources;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/** Demo resources (src/main/resources/demo/resources.yaml), loaded only with CARTA_DEMO=true, once. */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(40)
public class LibraryDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LibraryDemoContent.class);

    private final ResourceService service;
    private final Resources resources;
    private final Directory directory;
    private final Taxonomy taxonomy;

    private final org.uclg.carta.library.resource.ResourcePartners partners;

    public LibraryDemoContent(
            ResourceService service,
            Resources resources,
            Directory directory,
            Taxonomy taxonomy,
            org.uclg.carta.library.resource.ResourcePartners partners) {
        this.partners = partners;
        this.service = service;
        this.resources = resources;
        this.directory = directory;
        this.taxonomy = taxonomy;
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public void run(ApplicationArguments args) throws IOException {
        if (resources.findByExternalId("demo-res-housing-bogota").isPresent()) {
            return;
        }
        Map<String, Object> root;
        try (InputStream in = new ClassPathResource("demo/resources.yaml").getInputStream()) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        int created = 0;
        for (Map<String, Object> r : (List<Map<String, Object>>) root.get("resources")) {
            List<LocalGovernmentView> lgs = ((List<String>) r.getOrDefault("lgs", List.of()))
                    .stream()
                            .flatMap(id -> directory.findByExternalId(id).stream())
                            .toList();
            List<Long> articleIds = ((List<String>) r.getOrDefault("tags", List.of()))
                    .stream()
                            .map(ref -> ref.split(":"))
                            .flatMap(p -> taxonomy.article(p[0], p[1]).stream())
                            .map(ArticleRef::id)
                            .toList();
            Map<String, TranslatableText> sections = new LinkedHashMap<>();
            ((Map<String, Map<String, String>>) r.getOrDefault("sections", Map.of()))
                    .forEach((k, v) -> sections.put(k, TranslatableText.of(v)));
            ResourceData data = new ResourceData(
                    ResourceType.fromCode((String) r.get("type")),
                    text(r, "title"),
                    text(r, "summary"),
                    text(r, "body"),
                    CaseStudySections.of(sections),
                    new LinkedHashSet<>((List<String>) r.getOrDefault("langs", List.of())),
                    date(r.get("date")),
                    (String) r.get("authors"),
                    (String) r.get("licence"),
                    (String) r.get("external"),
                    null,
                    null,
                    Set.copyOf(lgs.stream().map(LocalGovernmentView::id).toList()),
                    new LinkedHashSet<>((List<String>) r.getOrDefault("themes", List.of())));
            if (service.upsertPublished(
                    (String) r.get("id"),
                    data,
                    articleIds,
                    lgs.isEmpty() ? null : lgs.get(0).id())) {
                created++;
            }
            List<Long> partnerIds = ((List<String>) r.getOrDefault("partners", List.of()))
                    .stream()
                            .flatMap(id -> directory.partnerByExternalId(id).stream())
                            .map(org.uclg.carta.network.PartnerView::id)
                            .toList();
            if (!partnerIds.isEmpty()) {
                resources.findByExternalId((String) r.get("id")).ifPresent(res -> partners.set(res.id(), partnerIds));
            }
        }
        created += generated();
        log.info("Demo Resource Space: {} resources created", created);
    }

    /** About 130 more resources from themes × local governments, 30 of them with a PDF report. */
    private int generated() throws IOException {
        List<LocalGovernmentView> lgs = directory.allByName("en");
        int created = 0;
        int pdfs = 0;
        for (int i = 0; i < 130 && !lgs.isEmpty(); i++) {
            DemoCorpus.Theme theme = DemoCorpus.THEMES.get(i % DemoCorpus.THEMES.size());
            LocalGovernmentView lg = lgs.get((i * 7) % lgs.size());
            Map<String, String> city = Map.of(
                    "fr",
                    lg.name().in("fr").text(),
                    "en",
                    lg.name().in("en").text(),
                    "es",
                    lg.name().in("es").text());
            String lang = lg.region().equals("LATAM")
                    ? "es"
                    : lg.region().equals("AFRICA") || lg.country().equals("FR") ? "fr" : "en";
            List<Long> articleIds = theme.tags().stream()
                    .map(ref -> ref.split(":"))
                    .flatMap(p -> taxonomy.article(p[0], p[1]).stream())
                    .map(ArticleRef::id)
                    .toList();
            ResourceData data = new ResourceData(
                    theme.type(),
                    DemoCorpus.title(theme, city),
                    DemoCorpus.summary(theme),
                    TranslatableText.empty(),
                    CaseStudySections.empty(),
                    Set.of(lang),
                    DemoCorpus.date(i),
                    null,
                    "cc-by-4.0",
                    null,
                    null,
                    null,
                    Set.of(lg.id()),
                    Set.of(theme.code()));
            String externalId = "demo-gen-" + i;
            if (service.upsertPublished(externalId, data, articleIds, lg.id())) {
                created++;
                // Every third one: the themes take turns, so that each theme has reports to search in.
                if (pdfs < 30 && i % 3 == 0) {
                    long id =
                            resources.findByExternalId(externalId).orElseThrow().id();
                    byte[] pdf = DemoCorpus.report(theme, city, lang, 2 + i % 5);
                    service.attachTrusted(
                            id, new java.io.ByteArrayInputStream(pdf), "report-" + theme.code() + ".pdf", lang);
                    pdfs++;
                }
            }
        }
        return created;
    }

    @SuppressWarnings("unchecked")
    private static TranslatableText text(Map<String, Object> r, String key) {
        return TranslatableText.of((Map<String, String>) r.getOrDefault(key, Map.of()));
    }

    private static LocalDate date(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return o == null ? null : LocalDate.parse(o.toString());
    }
}
