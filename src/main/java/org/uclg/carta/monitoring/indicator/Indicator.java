package org.uclg.carta.monitoring.indicator;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import org.uclg.carta.kit.i18n.TranslatableText;

/** An indicator of the library: what it measures, in which unit, and which rights it serves. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText name = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText definition = TranslatableText.empty();

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    private String unit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    /** The expected breakdowns (sex, age group, district…), comma-separated codes. */
    private String disaggregations = "";

    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_article", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new HashSet<>();

    @Version
    private long version;

    protected Indicator() {}

    public Indicator(String code) {
        this.code = code;
    }

    public void apply(IndicatorData d, Instant now) {
        this.code = d.code();
        this.name = d.name();
        this.definition = d.definition();
        this.kind = d.kind();
        this.unit = d.unit();
        this.direction = d.direction();
        this.disaggregations = String.join(",", d.disaggregations());
        this.articleIds.clear();
        this.articleIds.addAll(d.articleIds());
        this.updatedAt = now;
    }

    public long version() {
        return version;
    }

    public IndicatorView view() {
        return new IndicatorView(
                id,
                code,
                name,
                definition,
                kind,
                unit,
                direction,
                disaggregations.isBlank() ? List.of() : List.of(disaggregations.split(",")),
                Set.copyOf(articleIds),
                version);
    }
}
