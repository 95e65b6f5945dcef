package org.uclg.carta.monitoring.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A reporting cycle of a framework: the period it covers, its deadline and what it asks. */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String frameworkCode;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText instructions = TranslatableText.empty();

    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate opensOn;
    private LocalDate deadline;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    @Convert(converter = StatusScaleConverter.class)
    private StatusScale scale;

    private String createdBy;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_article", joinColumns = @JoinColumn(name = "cycle_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_indicator", joinColumns = @JoinColumn(name = "cycle_id"))
    @Column(name = "indicator_id")
    private Set<Long> indicatorIds = new HashSet<>();

    @Version
    private long version;

    protected ReportingCycle() {}

    public ReportingCycle(String frameworkCode, String createdBy) {
        this.frameworkCode = frameworkCode;
        this.createdBy = createdBy;
    }

    public void apply(CycleData d, Instant now) {
        this.title = d.title();
        this.instructions = d.instructions();
        this.periodStart = d.periodStart();
        this.periodEnd = d.periodEnd();
        this.opensOn = d.opensOn();
        this.deadline = d.deadline();
        this.scale = d.scale();
        this.articleIds.clear();
        this.articleIds.addAll(d.articleIds());
        this.indicatorIds.clear();
        this.indicatorIds.addAll(d.indicatorIds());
        this.updatedAt = now;
    }

    public long version() {
        return version;
    }

    public CycleView view() {
        return new CycleView(
                id,
                frameworkCode,
                title,
                instructions,
                periodStart,
                periodEnd,
                opensOn,
                deadline,
                scale,
                Set.copyOf(articleIds),
                Set.copyOf(indicatorIds),
                version);
    }
}
