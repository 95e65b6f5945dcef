package org.uclg.carta.monitoring.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.uclg.carta.kit.i18n.TranslatableText;

/** What a save of the report form changes, once checked. */
public record ReportDraft(
        Map<Long, Answer> answers,
        Map<Long, Value> values,
        List<ReportView.EvidenceView> addedEvidence,
        List<Integer> removedEvidence) {

    public record Answer(String status, TranslatableText narrative) {}

    /** A total for the year, and its breakdowns by disaggregation ("sex=female"). */
    public record Value(int year, BigDecimal value, Map<String, BigDecimal> breakdown) {
        Value(int year, BigDecimal value) {
            this(year, value, Map.of());
        }
    }
}
