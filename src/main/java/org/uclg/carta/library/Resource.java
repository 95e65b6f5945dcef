package org.uclg.carta.library;

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
import org.uclg.carta.kit.content.Publication;
import org.uclg.carta.kit.i18n.TranslatableText;

/** An item of the Resource Space. */
@Entity
@Table(name = "resource")
class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String externalId;

    @Enumerated(EnumType.STRING)
    private ResourceType type;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

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
    private LocalDate issuedOn;
    private String authors;
    private String licence;
    private String externalUrl;
    private String regionCode;
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
    private Set<Long> localGovernmentIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "theme")
    private Set<String> themes = new HashSet<>();

    @Version
    private long version;

    protected Resource() {
    }

    Resource(String externalId, Long ownerLocalGovernmentId, String createdBy, Instant now) {
        this.externalId = externalId;
        this.ownerLocalGovernmentId = ownerLocalGovernmentId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(ResourceData d, Instant now) {
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

    ResourceData data() {
        return new ResourceData(type, title, summary, body, sections,
                originalLanguages == null || originalLanguages.isBlank() ? Set.of()
                        : Set.of(originalLanguages.split(",")),
                issuedOn, authors, licence, externalUrl, regionCode, country, Set.copyOf(localGovernmentIds),
                Set.copyOf(themes));
    }

    Long id() {
        return id;
    }

    String externalId() {
        return externalId;
    }

    Long ownerLocalGovernmentId() {
        return ownerLocalGovernmentId;
    }

    Publication publication() {
        return publication;
    }

    long version() {
        return version;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
