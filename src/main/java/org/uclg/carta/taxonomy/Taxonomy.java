package org.uclg.carta.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.NotFoundException;

/** Read access to frameworks, articles and regions, and editors' label corrections. */
@Service
@Transactional(readOnly = true)
public class Taxonomy {

    private final Frameworks frameworks;
    private final FrameworkParts parts;
    private final Articles articles;
    private final Regions regions;
    private final AuditTrail audit;
    private final HrcDocuments hrcDocuments;
    private final org.springframework.context.ApplicationEventPublisher events;

    Taxonomy(
            Frameworks frameworks,
            FrameworkParts parts,
            Articles articles,
            Regions regions,
            AuditTrail audit,
            HrcDocuments hrcDocuments,
            org.springframework.context.ApplicationEventPublisher events) {
        this.hrcDocuments = hrcDocuments;
        this.events = events;
        this.frameworks = frameworks;
        this.parts = parts;
        this.articles = articles;
        this.regions = regions;
        this.audit = audit;
    }

    public List<FrameworkSummary> frameworks() {
        return frameworks.findAllByOrderByPosition().stream().map(this::summary).toList();
    }

    public Optional<FrameworkSummary> framework(String code) {
        return frameworks.findByCode(code).map(this::summary);
    }

    public List<PartRef> parts(String frameworkCode) {
        Framework f = frameworkOrThrow(frameworkCode);
        return parts.findByFrameworkIdOrderByPosition(f.id()).stream()
                .map(p -> new PartRef(p.number(), p.title()))
                .toList();
    }

    public List<ArticleRef> articles(String frameworkCode) {
        Framework f = frameworkOrThrow(frameworkCode);
        return articles.findByFrameworkIdOrderByPosition(f.id()).stream()
                .map(a -> ArticleRef.of(a, f.code()))
                .toList();
    }

    public Optional<ArticleRef> article(String frameworkCode, String number) {
        return frameworks.findByCode(frameworkCode).flatMap(f -> articles.findByFrameworkIdAndNumber(f.id(), number)
                .map(a -> ArticleRef.of(a, f.code())));
    }

    /** Articles by id, in framework order; unknown ids are ignored. */
    public List<ArticleRef> articles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = codesById();
        return articles.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(Article::frameworkId).thenComparing(Article::position))
                .map(a -> ArticleRef.of(a, codes.get(a.frameworkId())))
                .toList();
    }

    /** Articles whose label (in any language), number or framework code contains the words, accents ignored. */
    public List<ArticleRef> findArticles(String words, int limit) {
        String needle = fold(words);
        if (needle.isBlank()) {
            return List.of();
        }
        Map<Long, String> codes = codesById();
        return articles.findAllByOrderByFrameworkIdAscPositionAsc().stream()
                .filter(a -> fold(String.join(" ", a.label().values().values()) + " " + codes.get(a.frameworkId()) + " "
                                + a.number())
                        .contains(needle))
                .limit(limit)
                .map(a -> ArticleRef.of(a, codes.get(a.frameworkId())))
                .toList();
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .strip();
    }

    /** Every framework with its articles, for the tag picker. */
    public List<PickerGroup> pickerGroups() {
        Map<Long, String> codes = codesById();
        Map<Long, List<ArticleRef>> byFramework = articles.findAllByOrderByFrameworkIdAscPositionAsc().stream()
                .collect(Collectors.groupingBy(
                        Article::frameworkId,
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(a -> ArticleRef.of(a, codes.get(a.frameworkId())), Collectors.toList())));
        return frameworks.findAllByOrderByPosition().stream()
                .map(f -> new PickerGroup(summary(f), byFramework.getOrDefault(f.id(), List.of())))
                .toList();
    }

    /** The Human Rights Council's local government track, oldest first. */
    public List<HrcDocumentRef> hrcTrack() {
        return hrcDocuments.findAllByOrderByPosition().stream()
                .map(HrcDocument::ref)
                .toList();
    }

    public List<RegionRef> regions() {
        return regions.findAllByOrderByPosition().stream()
                .map(r -> new RegionRef(r.code(), r.name()))
                .toList();
    }

    public Optional<RegionRef> region(String code) {
        return code == null ? Optional.empty() : regions.findById(code).map(r -> new RegionRef(r.code(), r.name()));
    }

    /** An editor's correction of an article's label; later imports keep it. */
    @Transactional
    public void correctLabel(String frameworkCode, String number, TranslatableText label, boolean verified) {
        Framework f = frameworkOrThrow(frameworkCode);
        Article a = articles.findByFrameworkIdAndNumber(f.id(), number).orElseThrow(NotFoundException::new);
        String before = a.label().values().toString();
        a.correct(label, verified);
        audit.record("article", a.id(), "updated", before + " → " + label.values());
        events.publishEvent(new ArticleLabelCorrected(a.id()));
    }

    private Framework frameworkOrThrow(String code) {
        return frameworks.findByCode(code).orElseThrow(NotFoundException::new);
    }

    private Map<Long, String> codesById() {
        return frameworks.findAll().stream().collect(Collectors.toMap(Framework::id, Framework::code));
    }

    private FrameworkSummary summary(Framework f) {
        return new FrameworkSummary(
                f.code(), f.kind(), f.title(), f.adopted(), f.adoptedBy(), f.note(), articles.countByFramework(f.id()));
    }

    /** One framework and its articles, as the tag picker shows them. */
    public record PickerGroup(FrameworkSummary framework, List<ArticleRef> articles) {}
}
