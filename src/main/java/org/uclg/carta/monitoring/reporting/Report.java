package org.uclg.carta.monitoring.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A local government's self-assessment for one reporting cycle, and where its review stands. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long cycleId;
    private long localGovernmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state")
    private ReportState state = ReportState.DRAFT;

    private String reviewComment;
    private String createdBy;
    private String updatedBy;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "report_answer", joinColumns = @JoinColumn(name = "report_id"))
    private List<Answer> answers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    private List<Value> values = new ArrayList<>();

    @Version
    private long version;

    protected Report() {}

    public Report(long cycleId, long localGovernmentId, String createdBy, Instant now) {
        this.cycleId = cycleId;
        this.localGovernmentId = localGovernmentId;
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.updatedAt = now;
    }

    @Embeddable
    public static class Answer {
        private long articleId;
        private String status;

        @Column(columnDefinition = "jsonb")
        @ColumnTransformer(write = "?::jsonb")
        private TranslatableText narrative = TranslatableText.empty();

        protected Answer() {}

        Answer(long articleId, String status, TranslatableText narrative) {
            this.articleId = articleId;
            this.status = status;
            this.narrative = narrative;
        }
    }

    @Embeddable
    public static class Evidence {
        private long articleId;
        private Long resourceId;
        private String url;
        private String label;
        private String fileKey;
        private String fileName;
        private String contentType;
        private Long fileSize;

        protected Evidence() {}

        static Evidence of(ReportView.EvidenceView e) {
            Evidence x = new Evidence();
            x.articleId = e.articleId();
            x.resourceId = e.resourceId();
            x.url = e.url();
            x.label = e.label();
            x.fileKey = e.fileKey();
            x.fileName = e.fileName();
            x.contentType = e.contentType();
            x.fileSize = e.fileSize();
            return x;
        }
    }

    @Embeddable
    public static class Value {
        private long indicatorId;
        private int year;

        @Column(name = "value")
        private BigDecimal amount;

        private String disaggregation = "";

        protected Value() {}

        Value(long indicatorId, int year, BigDecimal amount, String disaggregation) {
            this.indicatorId = indicatorId;
            this.year = year;
            this.amount = amount;
            this.disaggregation = disaggregation;
        }
    }

    /** Replaces what the representatives wrote; evidence is added to and removed from separately. */
    public void write(ReportDraft draft, String by, Instant now) {
        answers.clear();
        draft.answers().forEach((article, a) -> answers.add(new Answer(article, a.status(), a.narrative())));
        values.clear();
        draft.values().forEach((indicator, v) -> {
            values.add(new Value(indicator, v.year(), v.value(), ""));
            v.breakdown().forEach((key, amount) -> values.add(new Value(indicator, v.year(), amount, key)));
        });
        List<Integer> removed =
                draft.removedEvidence().stream().sorted((a, b) -> b - a).toList();
        for (int index : removed) {
            if (index >= 0 && index < evidence.size()) {
                evidence.remove(index);
            }
        }
        draft.addedEvidence().forEach(e -> evidence.add(Evidence.of(e)));
        touch(by, now);
    }

    public void moveTo(ReportState next, String by, Instant now) {
        this.state = next;
        if (next == ReportState.SUBMITTED) {
            submittedAt = now;
        } else if (next == ReportState.PUBLISHED) {
            publishedAt = now;
        }
        touch(by, now);
    }

    public void comment(String comment) {
        this.reviewComment = comment;
    }

    private void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public long localGovernmentId() {
        return localGovernmentId;
    }

    public ReportState state() {
        return state;
    }

    public long version() {
        return version;
    }

    public ReportView view() {
        List<ReportView.AnswerView> a = answers.stream()
                .map(x -> new ReportView.AnswerView(x.articleId, x.status, x.narrative))
                .toList();
        List<ReportView.EvidenceView> e = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence x = evidence.get(i);
            e.add(new ReportView.EvidenceView(
                    i, x.articleId, x.resourceId, x.url, x.label, x.fileKey, x.fileName, x.contentType, x.fileSize));
        }
        List<ReportView.ValueView> v = values.stream()
                .map(x -> new ReportView.ValueView(x.indicatorId, x.year, x.amount, x.disaggregation))
                .toList();
        return new ReportView(
                id,
                cycleId,
                localGovernmentId,
                state,
                reviewComment,
                updatedBy,
                updatedAt,
                submittedAt,
                publishedAt,
                a,
                e,
                v,
                version);
    }
}
