package org.uclg.carta.monitoring.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A report as pages, the API and other modules see it. */
public record ReportView(
        long id,
        long cycleId,
        long localGovernmentId,
        ReportState state,
        String reviewComment,
        String updatedBy,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        List<AnswerView> answers,
        List<EvidenceView> evidence,
        List<ValueView> values,
        long version) {

    public record AnswerView(long articleId, String status, TranslatableText narrative) {}

    /** A link to a Resource Space item or a web page, or an uploaded file; {@code index} identifies it in the report. */
    public record EvidenceView(
            int index,
            long articleId,
            Long resourceId,
            String url,
            String label,
            String fileKey,
            String fileName,
            String contentType,
            Long fileSize) {

        public boolean file() {
            return fileKey != null;
        }
    }

    /** A value of an indicator; {@code disaggregation} is "" for the total. */
    public record ValueView(long indicatorId, int year, BigDecimal value, String disaggregation) {}

    public String path() {
        return "/monitoring/reports/" + id;
    }

    public Optional<AnswerView> answer(long articleId) {
        return answers.stream().filter(a -> a.articleId() == articleId).findFirst();
    }

    /** The total given for an indicator. */
    public Optional<ValueView> value(long indicatorId) {
        return values.stream()
                .filter(v ->
                        v.indicatorId() == indicatorId && v.disaggregation().isEmpty())
                .findFirst();
    }

    /** The breakdowns given for an indicator, beside its total. */
    public List<ValueView> breakdownsOf(long indicatorId) {
        return values.stream()
                .filter(v ->
                        v.indicatorId() == indicatorId && !v.disaggregation().isEmpty())
                .toList();
    }

    public List<EvidenceView> evidenceFor(long articleId) {
        return evidence.stream().filter(e -> e.articleId() == articleId).toList();
    }
}
