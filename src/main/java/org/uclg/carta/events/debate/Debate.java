package org.uclg.carta.events.debate;

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

/** A policy debate: a framing question open for positions between two dates, closed with a conclusion. */
@Entity
@Table(name = "debate")
public class Debate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText question = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText background = TranslatableText.empty();

    private LocalDate opensOn;
    private LocalDate closesOn;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText conclusion = TranslatableText.empty();

    private Instant concludedAt;
    private String createdBy;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "debate_article", joinColumns = @JoinColumn(name = "debate_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "debate_cited", joinColumns = @JoinColumn(name = "debate_id"))
    @Column(name = "contribution_id")
    private Set<Long> cited = new HashSet<>();

    @Version
    private long version;

    protected Debate() {}

    Debate(String createdBy) {
        this.createdBy = createdBy;
    }

    void apply(DebateData d, Instant now) {
        eventId = d.eventId();
        question = d.question();
        background = d.background();
        opensOn = d.opensOn();
        closesOn = d.closesOn();
        articleIds.retainAll(d.articleIds());
        articleIds.addAll(d.articleIds());
        updatedAt = now;
    }

    void conclude(TranslatableText text, Set<Long> contributions, Instant now) {
        conclusion = text;
        cited.clear();
        cited.addAll(contributions);
        concludedAt = now;
        updatedAt = now;
    }

    long version() {
        return version;
    }

    public DebateView view() {
        return new DebateView(
                id,
                new DebateData(eventId, question, background, opensOn, closesOn, Set.copyOf(articleIds)),
                conclusion,
                concludedAt,
                Set.copyOf(cited),
                version);
    }
}
