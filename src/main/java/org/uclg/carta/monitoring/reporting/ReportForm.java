package org.uclg.carta.monitoring.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.monitoring.indicator.ValueImport;
import org.uclg.carta.monitoring.indicator.ValueRules;
import org.uclg.carta.taxonomy.ArticleRef;

/**
 * What the report form posts, keyed by article and indicator id, kept as typed so a rejected or
 * conflicting form shows it back. Narratives are keyed "articleId-lang".
 */
public class ReportForm {

    private static final Pattern RESOURCE_LINK =
            Pattern.compile("^(?:https?://[^/]+)?/[a-z]{2,3}/resources/(\\d{1,18})(?:[/?#].*)?$");
    public static final int MAX_NARRATIVE = 20_000;

    private Map<String, String> status = new HashMap<>();
    private Map<String, String> narrative = new HashMap<>();
    private Map<String, String> value = new HashMap<>();
    private Map<String, String> year = new HashMap<>();
    private Map<String, String> breakdown = new HashMap<>();
    private Map<String, String> evidenceUrl = new HashMap<>();
    private Map<String, String> evidenceLabel = new HashMap<>();
    private List<Integer> removeEvidence = new ArrayList<>();
    private long version;

    public static ReportForm of(ReportView r) {
        ReportForm f = new ReportForm();
        for (ReportView.AnswerView a : r.answers()) {
            if (a.status() != null) {
                f.status.put(String.valueOf(a.articleId()), a.status());
            }
            a.narrative().values().forEach((lang, text) -> f.narrative.put(a.articleId() + "-" + lang, text));
        }
        for (ReportView.ValueView v : r.values()) {
            String key = String.valueOf(v.indicatorId());
            String amount = v.value().stripTrailingZeros().toPlainString();
            if (v.disaggregation().isEmpty()) {
                f.value.put(key, amount);
                f.year.put(key, String.valueOf(v.year()));
            } else {
                f.breakdown.merge(key, v.disaggregation() + ": " + amount, (a, b) -> a + "\n" + b);
            }
        }
        f.version = r.version();
        return f;
    }

    /** A new evidence link, before any file: a Resource Space item or a web page. */
    public record NewLink(long articleId, Long resourceId, String url, String label) {}

    /**
     * Checks what was typed against the cycle; files are added by the caller.
     *
     * @param resourceExists tells whether a published Resource Space item has this id
     */
    public Validated validate(
            CycleView cycle,
            List<ArticleRef> articles,
            List<IndicatorView> indicators,
            List<String> languages,
            java.util.function.LongPredicate resourceExists) {
        FieldErrors errors = new FieldErrors();
        Map<Long, ReportDraft.Answer> answers = new LinkedHashMap<>();
        List<NewLink> links = new ArrayList<>();
        for (ArticleRef a : articles) {
            String s = Inputs.blankToNull(status.get(String.valueOf(a.id())));
            if (s != null && !cycle.scale().has(s)) {
                errors.reject("status-" + a.id(), "monitoring.report.error.status");
            }
            Map<String, String> text = new LinkedHashMap<>();
            for (String lang : languages) {
                String t = narrative.getOrDefault(a.id() + "-" + lang, "").strip();
                if (t.length() > MAX_NARRATIVE) {
                    errors.reject("narrative-" + a.id(), "validation.tooLong");
                }
                if (!t.isEmpty()) {
                    text.put(lang, t);
                }
            }
            answers.put(a.id(), new ReportDraft.Answer(s, TranslatableText.of(text)));
            String url = evidenceUrl.getOrDefault(String.valueOf(a.id()), "").strip();
            String label =
                    evidenceLabel.getOrDefault(String.valueOf(a.id()), "").strip();
            if (!url.isEmpty()) {
                Matcher m = RESOURCE_LINK.matcher(url);
                if (label.length() > 300) {
                    errors.reject("evidence-" + a.id(), "validation.tooLong");
                } else if (m.matches()) {
                    long resource = Long.parseLong(m.group(1));
                    if (resourceExists.test(resource)) {
                        links.add(new NewLink(a.id(), resource, null, Inputs.blankToNull(label)));
                    } else {
                        errors.reject("evidence-" + a.id(), "monitoring.report.error.resource");
                    }
                } else if (url.length() <= 2000 && Inputs.isHttpUrl(url)) {
                    links.add(new NewLink(a.id(), null, url, Inputs.blankToNull(label)));
                } else {
                    errors.reject("evidence-" + a.id(), "monitoring.report.error.url");
                }
            }
        }
        Map<Long, ReportDraft.Value> values = new LinkedHashMap<>();
        for (IndicatorView i : indicators) {
            String typed = value.getOrDefault(String.valueOf(i.id()), "").strip();
            if (typed.isEmpty()) {
                if (!breakdownOf(i.id()).isBlank()) {
                    errors.reject("value-" + i.id(), "monitoring.report.error.breakdownTotal");
                }
                continue;
            }
            BigDecimal amount = null;
            try {
                amount = ValueRules.parse(typed);
                if (!ValueRules.inRange(i, amount)) {
                    errors.reject("value-" + i.id(), "monitoring.values.error.range");
                }
            } catch (NumberFormatException e) {
                errors.reject("value-" + i.id(), "monitoring.report.error.number");
            }
            int y = cycle.valueYear();
            String typedYear = year.getOrDefault(String.valueOf(i.id()), "").strip();
            if (!typedYear.isEmpty()) {
                try {
                    y = Integer.parseInt(typedYear);
                } catch (NumberFormatException e) {
                    y = -1;
                }
                if (!ValueRules.validYear(y)) {
                    errors.reject("value-" + i.id(), "monitoring.values.error.year");
                }
            }
            Map<String, BigDecimal> split = breakdown(i, errors);
            if (amount != null) {
                values.put(i.id(), new ReportDraft.Value(y, amount, split));
            }
        }
        return new Validated(answers, values, links, errors);
    }

    /** Lines such as "sex=female: 21.5", checked like the import's; empty when none was typed. */
    private Map<String, BigDecimal> breakdown(IndicatorView i, FieldErrors errors) {
        Map<String, BigDecimal> split = new LinkedHashMap<>();
        for (String line : breakdown
                .getOrDefault(String.valueOf(i.id()), "")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList()) {
            int colon = line.lastIndexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip().replaceAll("\\s*=\\s*", "=");
            try {
                BigDecimal amount = ValueRules.parse(colon < 0 ? "" : line.substring(colon + 1));
                if (key.length() > 200 || !key.matches(ValueImport.BREAKDOWN) || split.containsKey(key)) {
                    errors.reject("breakdown-" + i.id(), "monitoring.report.error.breakdown");
                } else if (!ValueRules.inRange(i, amount)) {
                    errors.reject("breakdown-" + i.id(), "monitoring.values.error.range");
                } else {
                    split.put(key, amount);
                }
            } catch (NumberFormatException e) {
                errors.reject("breakdown-" + i.id(), "monitoring.report.error.breakdown");
            }
        }
        if (split.size() > 50) {
            errors.reject("breakdown-" + i.id(), "monitoring.report.error.breakdown");
        }
        return split;
    }

    public record Validated(
            Map<Long, ReportDraft.Answer> answers,
            Map<Long, ReportDraft.Value> values,
            List<NewLink> links,
            FieldErrors errors) {}

    /** The text typed for an article in a language. */
    public String narrativeOf(long articleId, String lang) {
        return narrative.getOrDefault(articleId + "-" + lang, "");
    }

    public String statusOf(long articleId) {
        return status.getOrDefault(String.valueOf(articleId), "");
    }

    public String valueOf(long indicatorId) {
        return value.getOrDefault(String.valueOf(indicatorId), "");
    }

    public String yearOf(long indicatorId) {
        return year.getOrDefault(String.valueOf(indicatorId), "");
    }

    public String breakdownOf(long indicatorId) {
        return breakdown.getOrDefault(String.valueOf(indicatorId), "");
    }

    public String evidenceUrlOf(long articleId) {
        return evidenceUrl.getOrDefault(String.valueOf(articleId), "");
    }

    public String evidenceLabelOf(long articleId) {
        return evidenceLabel.getOrDefault(String.valueOf(articleId), "");
    }

    /** Once saved, the new links are in the report: the form no longer repeats them. */
    public void clearNewEvidence() {
        evidenceUrl.clear();
        evidenceLabel.clear();
        removeEvidence.clear();
    }

    public Map<String, String> getStatus() {
        return status;
    }

    public void setStatus(Map<String, String> status) {
        this.status = status == null ? new HashMap<>() : status;
    }

    public Map<String, String> getNarrative() {
        return narrative;
    }

    public void setNarrative(Map<String, String> narrative) {
        this.narrative = narrative == null ? new HashMap<>() : narrative;
    }

    public Map<String, String> getValue() {
        return value;
    }

    public void setValue(Map<String, String> value) {
        this.value = value == null ? new HashMap<>() : value;
    }

    public Map<String, String> getYear() {
        return year;
    }

    public void setYear(Map<String, String> year) {
        this.year = year == null ? new HashMap<>() : year;
    }

    public Map<String, String> getBreakdown() {
        return breakdown;
    }

    public void setBreakdown(Map<String, String> breakdown) {
        this.breakdown = breakdown == null ? new HashMap<>() : breakdown;
    }

    public Map<String, String> getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(Map<String, String> evidenceUrl) {
        this.evidenceUrl = evidenceUrl == null ? new HashMap<>() : evidenceUrl;
    }

    public Map<String, String> getEvidenceLabel() {
        return evidenceLabel;
    }

    public void setEvidenceLabel(Map<String, String> evidenceLabel) {
        this.evidenceLabel = evidenceLabel == null ? new HashMap<>() : evidenceLabel;
    }

    public List<Integer> getRemoveEvidence() {
        return removeEvidence;
    }

    public void setRemoveEvidence(List<Integer> removeEvidence) {
        this.removeEvidence = removeEvidence == null ? new ArrayList<>() : removeEvidence;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
