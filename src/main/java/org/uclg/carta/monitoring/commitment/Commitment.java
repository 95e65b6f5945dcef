package org.uclg.carta.monitoring.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

/** A commitment of a local government's action plan, linked to the rights it serves. */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long localGovernmentId;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText description = TranslatableText.empty();

    private String department;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String baseline;
    private String target;
    private BigDecimal budget;
    private String currency;

    @Column(name = "public")
    private boolean open = true;

    private String createdBy;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_article", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new HashSet<>();

    @Version
    private long version;

    protected Commitment() {}

    public Commitment(long localGovernmentId, String createdBy) {
        this.localGovernmentId = localGovernmentId;
        this.createdBy = createdBy;
    }

    public void apply(CommitmentData d, Instant now) {
        this.title = d.title();
        this.description = d.description();
        this.department = d.department();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.baseline = d.baseline();
        this.target = d.target();
        this.budget = d.budget();
        this.currency = d.currency();
        this.open = d.open();
        this.articleIds.clear();
        this.articleIds.addAll(d.articleIds());
        this.updatedAt = now;
    }

    public long localGovernmentId() {
        return localGovernmentId;
    }

    public long version() {
        return version;
    }

    public CommitmentView view() {
        return new CommitmentView(
                id,
                localGovernmentId,
                title,
                description,
                department,
                startsOn,
                endsOn,
                baseline,
                target,
                budget,
                currency,
                open,
                Set.copyOf(articleIds),
                version);
    }
}
