package org.uclg.carta.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.Inputs;

/** What the reporting cycle form posts, kept as typed so a rejected form shows it back. */
public class CycleForm {

    static final int MAX_LEVELS = 10;

    private TranslatableInput title = new TranslatableInput();
    private TranslatableInput instructions = new TranslatableInput();
    private TranslatableInput scale = new TranslatableInput();
    private String periodStart = "";
    private String periodEnd = "";
    private String opensOn = "";
    private String deadline = "";
    private List<Long> articleIds = new ArrayList<>();
    private List<Long> indicatorIds = new ArrayList<>();
    private long version;

    static CycleForm of(CycleView c) {
        CycleForm f = new CycleForm();
        f.title = TranslatableInput.from(c.title());
        f.instructions = TranslatableInput.from(c.instructions());
        f.scale = scaleInput(c.scale());
        f.periodStart = c.periodStart().toString();
        f.periodEnd = c.periodEnd().toString();
        f.opensOn = c.opensOn().toString();
        f.deadline = c.deadline().toString();
        f.articleIds = new ArrayList<>(c.articleIds());
        f.indicatorIds = new ArrayList<>(c.indicatorIds());
        f.version = c.version();
        return f;
    }

    /** A new cycle's form: the standard scale, every article of the framework asked. */
    static CycleForm fresh(StatusScale standard, List<Long> articleIds) {
        CycleForm f = new CycleForm();
        f.scale = scaleInput(standard);
        f.articleIds = new ArrayList<>(articleIds);
        return f;
    }

    private static TranslatableInput scaleInput(StatusScale s) {
        Map<String, String> values = new LinkedHashMap<>();
        for (StatusScale.Level l : s.levels()) {
            l.label().values().forEach((lang, text) -> values.merge(lang, text, (a, b) -> a + "\n" + b));
        }
        return TranslatableInput.from(TranslatableText.of(values));
    }

    /**
     * Checks every field; the data is null when anything is wrong. The scale keeps the codes of
     * {@code current} when it keeps its number of levels; {@code locked} forbids changing that number.
     */
    Validated validate(List<String> languages, Set<Long> frameworkArticles, Set<Long> knownIndicators,
            StatusScale current, boolean locked) {
        FieldErrors errors = new FieldErrors();
        if (title.isBlankIn(languages)) {
            errors.reject("title", "validation.translatable.required");
        } else if (title.tooLong(200)) {
            errors.reject("title", "validation.tooLong");
        }
        if (instructions.tooLong(20_000)) {
            errors.reject("instructions", "validation.tooLong");
        }
        LocalDate start = Inputs.requiredDate(periodStart, "periodStart", errors);
        LocalDate end = Inputs.requiredDate(periodEnd, "periodEnd", errors);
        LocalDate opens = Inputs.requiredDate(opensOn, "opensOn", errors);
        LocalDate due = Inputs.requiredDate(deadline, "deadline", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.reject("periodEnd", "monitoring.cycle.error.period");
        }
        if (opens != null && due != null && due.isBefore(opens)) {
            errors.reject("deadline", "monitoring.cycle.error.deadline");
        }
        StatusScale parsed = parseScale(languages, current, locked, errors);
        if (articleIds.isEmpty()) {
            errors.reject("articleIds", "monitoring.cycle.error.articles");
        } else if (!frameworkArticles.containsAll(articleIds)) {
            errors.reject("articleIds", "monitoring.error.article");
        }
        if (!knownIndicators.containsAll(indicatorIds)) {
            errors.reject("indicatorIds", "monitoring.cycle.error.indicator");
        }
        if (errors.any()) {
            return new Validated(null, errors);
        }
        return new Validated(new CycleData(title.toText(), instructions.toText(), start, end, opens, due, parsed,
                Set.copyOf(articleIds), Set.copyOf(indicatorIds)), errors);
    }

    private StatusScale parseScale(List<String> languages, StatusScale current, boolean locked, FieldErrors errors) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String lang : languages) {
            List<String> l = scale.get(lang).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!l.isEmpty()) {
                lines.put(lang, l);
            }
        }
        int n = lines.values().stream().mapToInt(List::size).max().orElse(0);
        if (n < 2 || n > MAX_LEVELS || lines.values().stream().anyMatch(l -> l.size() != n)
                || lines.values().stream().flatMap(List::stream).anyMatch(s -> s.length() > 80)) {
            errors.reject("scale", "monitoring.cycle.error.scale");
            return null;
        }
        if (locked && n != current.levels().size()) {
            errors.reject("scale", "monitoring.cycle.error.scaleLocked");
            return null;
        }
        List<StatusScale.Level> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = current != null && current.levels().size() == n ? current.levels().get(i).code()
                    : n == StatusScale.STANDARD.size() ? StatusScale.STANDARD.get(i) : "level-" + (i + 1);
            Map<String, String> label = new LinkedHashMap<>();
            for (var e : lines.entrySet()) {
                label.put(e.getKey(), e.getValue().get(i));
            }
            levels.add(new StatusScale.Level(code, TranslatableText.of(label)));
        }
        return new StatusScale(levels);
    }

    record Validated(CycleData data, FieldErrors errors) {
    }


    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title;
    }

    public TranslatableInput getInstructions() {
        return instructions;
    }

    public void setInstructions(TranslatableInput instructions) {
        this.instructions = instructions;
    }

    public TranslatableInput getScale() {
        return scale;
    }

    public void setScale(TranslatableInput scale) {
        this.scale = scale;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = Inputs.orEmpty(periodStart);
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = Inputs.orEmpty(periodEnd);
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = Inputs.orEmpty(opensOn);
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = Inputs.orEmpty(deadline);
    }

    public List<Long> getArticleIds() {
        return articleIds;
    }

    public void setArticleIds(List<Long> articleIds) {
        this.articleIds = articleIds == null ? new ArrayList<>() : articleIds;
    }

    public List<Long> getIndicatorIds() {
        return indicatorIds;
    }

    public void setIndicatorIds(List<Long> indicatorIds) {
        this.indicatorIds = indicatorIds == null ? new ArrayList<>() : indicatorIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
