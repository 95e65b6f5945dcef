package org.uclg.carta.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * Imports the reference file at every start. Idempotent: rows are matched by code and number,
 * labels are refreshed unless an editor corrected them, nothing is duplicated.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxonomyImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyImporter.class);
    static final String RESOURCE = "taxonomy/rights-frameworks.yaml";

    private final Frameworks frameworks;
    private final FrameworkParts parts;
    private final Articles articles;
    private final Regions regions;
    private final HrcDocuments hrcDocuments;

    TaxonomyImporter(
            Frameworks frameworks,
            FrameworkParts parts,
            Articles articles,
            Regions regions,
            HrcDocuments hrcDocuments) {
        this.frameworks = frameworks;
        this.parts = parts;
        this.articles = articles;
        this.regions = regions;
        this.hrcDocuments = hrcDocuments;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            importFrom(in);
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    void importFrom(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        int fPos = 0;
        int articleCount = 0;
        for (Map<String, Object> f : (List<Map<String, Object>>) root.get("frameworks")) {
            String code = str(f.get("code"));
            Framework framework = frameworks.findByCode(code).orElseGet(() -> new Framework(code));
            framework.importFacts(
                    str(f.get("kind")),
                    text((Map<String, Object>) f.get("title")),
                    date(f.get("adopted")),
                    str(f.get("adopted_by")),
                    str(f.get("note")),
                    fPos++);
            framework = frameworks.save(framework);
            int pos = 0;
            for (Map<String, Object> p : list(f.get("parts"))) {
                String number = str(p.get("number"));
                Long fid = framework.id();
                FrameworkPart part =
                        parts.findByFrameworkIdAndNumber(fid, number).orElseGet(() -> new FrameworkPart(fid, number));
                part.importFacts(text(p), pos++);
                parts.save(part);
            }
            pos = 0;
            for (Map<String, Object> a : list(f.get("articles"))) {
                String number = str(a.get("number"));
                Long fid = framework.id();
                Article article =
                        articles.findByFrameworkIdAndNumber(fid, number).orElseGet(() -> new Article(fid, number));
                article.importFacts(
                        str(a.get("part")),
                        text(a),
                        Boolean.TRUE.equals(a.get("verified")),
                        Boolean.TRUE.equals(a.get("official")),
                        a.get("year") instanceof Integer y ? y : null,
                        pos++);
                articles.save(article);
                articleCount++;
            }
        }
        int rPos = 0;
        for (Map<String, Object> r : list(root.get("uclg_regions"))) {
            String code = str(r.get("code"));
            Region region = regions.findById(code).orElseGet(() -> new Region(code));
            region.importFacts(text(r), rPos++);
            regions.save(region);
        }
        int dPos = 0;
        for (Map<String, Object> d : list(root.get("un_hrc_local_government_track"))) {
            String symbol = str(d.get("symbol"));
            HrcDocument doc = hrcDocuments.findById(symbol).orElseGet(() -> new HrcDocument(symbol));
            doc.importFacts(
                    date(d.get("date")),
                    d.get("date_precision") == null ? "day" : str(d.get("date_precision")),
                    str(d.get("kind")),
                    text(d),
                    dPos++);
            hrcDocuments.save(doc);
        }
        log.info(
                "Rights taxonomy imported: {} frameworks, {} articles, {} regions, {} HRC documents",
                fPos,
                articleCount,
                rPos,
                dPos);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    private static TranslatableText text(Map<String, Object> m) {
        Map<String, Object> repaired = repairUnquotedCommas(m);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        repaired.forEach((key, value) -> {
            if (isLanguage(key)) {
                values.put(key, str(value));
            }
        });
        return TranslatableText.of(values);
    }

    /** Keys of a label are language codes; a file may carry more languages than are configured. */
    private static boolean isLanguage(String key) {
        return key != null && key.matches("[a-z]{2,3}");
    }

    /**
     * In a YAML flow mapping an unquoted comma ends the value: {@code {en: Economic, social, ...}}
     * reads as "Economic" plus empty keys "social"... The reference file has such titles, so the
     * empty keys that follow a language are joined back onto it.
     */
    static Map<String, Object> repairUnquotedCommas(Map<String, Object> m) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        String lastLanguage = null;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getValue() == null && lastLanguage != null) {
                out.put(lastLanguage, out.get(lastLanguage) + ", " + e.getKey());
                continue;
            }
            out.put(e.getKey(), e.getValue());
            lastLanguage = isLanguage(e.getKey()) && e.getValue() instanceof String ? e.getKey() : null;
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static LocalDate date(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return o == null ? null : LocalDate.parse(o.toString());
    }
}
