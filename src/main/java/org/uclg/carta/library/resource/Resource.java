package org.uclg.carta.library.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.uclg.carta.kit.content.Publication;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.search.CartaAnalysis;
import org.uclg.carta.kit.search.TranslatableTextBinder;
import org.uclg.carta.library.documents.ResourceFile;
import org.uclg.carta.library.search.PublishedOnly;
import org.uclg.carta.library.search.ResourceTermsBinder;

/** An item of the Resource Space; published ones are in the full-text index. */
@Entity
@Table(name = "resource")
@Indexed(index = "resource", routingBinder = @RoutingBinderRef(type = PublishedOnly.class))
@org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding(
        binder =
                @org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef(
                        type = ResourceTermsBinder.class))
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "id_sort", sortable = Sortable.YES)
    private Long id;

    private String externalId;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private ResourceType type;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    @PropertyBinding(binder = @PropertyBinderRef(type = TranslatableTextBinder.class))
    private TranslatableText title = TranslatableText.empty();

    /** Searched as part of the passages (below), not on its own. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText summary = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText body = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private CaseStudySections sections = CaseStudySections.empty();

    private String originalLanguages;

    @GenericField(sortable = Sortable.YES)
    private LocalDate issuedOn;

    @FullTextField(analyzer = CartaAnalysis.FOLDING)
    private String authors;

    private String licence;
    private String externalUrl;

    @KeywordField(aggregable = Aggregable.YES)
    private String regionCode;

    @KeywordField(aggregable = Aggregable.YES)
    private String country;

    private Long ownerLocalGovernmentId;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Embedded
    private Publication publication = new Publication();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_local_government", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "local_government_id")
    @GenericField(aggregable = Aggregable.YES)
    private Set<Long> localGovernmentIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "theme")
    @KeywordField(aggregable = Aggregable.YES)
    @FullTextField(name = "themes_text", analyzer = CartaAnalysis.FOLDING)
    private Set<String> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_article", joinColumns = @JoinColumn(name = "resource_id"))
    @IndexedEmbedded(name = "tags")
    private Set<ArticleTag> articleTags = new HashSet<>();

    @jakarta.persistence.OneToMany(
            mappedBy = "resource",
            cascade = jakarta.persistence.CascadeType.ALL,
            orphanRemoval = true)
    @jakarta.persistence.OrderBy("id")
    @IndexedEmbedded(includePaths = {"text_fr", "text_en", "text_es", "fileType"})
    private java.util.List<ResourceFile> files = new java.util.ArrayList<>();

    @Version
    private long version;

    /**
     * Summary, text and case-study sections as one field per language: searched, and the only
     * field highlighted, so a page of results runs three highlighters instead of twelve. The text
     * goes in without its Markdown, so that passages show no asterisks or link targets' markup.
     */
    @PropertyBinding(binder = @PropertyBinderRef(type = TranslatableTextBinder.class))
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath(@PropertyValue(propertyName = "body")),
                @ObjectPath(@PropertyValue(propertyName = "sections"))
            })
    public TranslatableTextBinder.Texts getPassages() {
        java.util.Map<String, String> plainBody = new java.util.LinkedHashMap<>();
        body.values().forEach((lang, markdown) -> plainBody.put(lang, Markdown.plainText(markdown)));
        java.util.List<TranslatableText> texts =
                new java.util.ArrayList<>(java.util.List.of(summary, TranslatableText.of(plainBody)));
        sections.texts().forEach(texts::add);
        return () -> texts;
    }

    protected Resource() {}

    public Resource(String externalId, Long ownerLocalGovernmentId, String createdBy, Instant now) {
        this.externalId = externalId;
        this.ownerLocalGovernmentId = ownerLocalGovernmentId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(ResourceData d, Instant now) {
        this.type = d.type();
        this.title = d.title();
        this.summary = d.summary();
        this.body = d.body();
        this.sections = d.type() == ResourceType.CASE_STUDY ? d.sections() : CaseStudySections.empty();
        this.originalLanguages = String.join(",", d.originalLanguages());
        this.issuedOn = d.issuedOn();
        this.authors = d.authors();
        this.licence = d.licence();
        this.externalUrl = d.externalUrl();
        this.regionCode = d.region();
        this.country = d.country();
        this.localGovernmentIds.clear();
        this.localGovernmentIds.addAll(d.localGovernmentIds());
        this.themes.clear();
        this.themes.addAll(d.themes());
        this.updatedAt = now;
    }

    /** The year of the resource's date, for the year facet. */
    @GenericField(aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "issuedOn")))
    public Integer getYear() {
        return issuedOn == null ? null : issuedOn.getYear();
    }

    /** The original languages, for the language facet. */
    @KeywordField(aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "originalLanguages")))
    public Set<String> getLanguages() {
        return originalLanguages == null || originalLanguages.isBlank()
                ? Set.of()
                : Set.of(originalLanguages.split(","));
    }

    public void tag(Set<ArticleTag> tags) {
        articleTags.clear();
        articleTags.addAll(tags);
    }

    public Set<Long> localGovernmentIds() {
        return localGovernmentIds;
    }

    public Set<Long> articleIds() {
        return articleTags.stream().map(ArticleTag::articleId).collect(java.util.stream.Collectors.toSet());
    }

    public ResourceData data() {
        return new ResourceData(
                type,
                title,
                summary,
                body,
                sections,
                originalLanguages == null || originalLanguages.isBlank()
                        ? Set.of()
                        : Set.of(originalLanguages.split(",")),
                issuedOn,
                authors,
                licence,
                externalUrl,
                regionCode,
                country,
                Set.copyOf(localGovernmentIds),
                Set.copyOf(themes));
    }

    public java.util.List<ResourceFile> files() {
        return files;
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public Long ownerLocalGovernmentId() {
        return ownerLocalGovernmentId;
    }

    public Publication publication() {
        return publication;
    }

    public long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
