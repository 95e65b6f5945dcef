package org.uclg.carta.monitoring.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.FormFlow;

/** What the reporting cycle form posts, kept as typed so a rejected form shows it back. */
@CrossFieldRules
public class CycleForm implements CrossFieldRules.Checked {

    public static final int MAX_LEVELS = 10;

    @Translatable(max = 200)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 20_000, required = false)
    private TranslatableInput instructions = new TranslatableInput();

    private TranslatableInput scale = new TranslatableInput();

    @NotNull(message = "validation.date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;

    @NotNull(message = "validation.date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;

    @NotNull(message = "validation.date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;

    @NotNull(message = "validation.date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @NotEmpty(message = "monitoring.cycle.error.articles")
    private List<Long> articleIds = new ArrayList<>();

    private List<Long> indicatorIds = new ArrayList<>();
    private long version;

    public static CycleForm of(CycleView c) {
        CycleForm f = new CycleForm();
        f.title = TranslatableInput.from(c.title());
        f.instructions = TranslatableInput.from(c.instructions());
        f.scale = scaleInput(c.scale());
        f.periodStart = c.periodStart();
        f.periodEnd = c.periodEnd();
        f.opensOn = c.opensOn();
        f.deadline = c.deadline();
        f.articleIds = new ArrayList<>(c.articleIds());
        f.indicatorIds = new ArrayList<>(c.indicatorIds());
        f.version = c.version();
        return f;
    }

    /** A new cycle's form: the standard scale, every article of the framework asked. */
    public static CycleForm fresh(StatusScale standard, List<Long> articleIds) {
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

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            rules.reject("periodEnd", "monitoring.cycle.error.period");
        }
        if (opensOn != null && deadline != null && deadline.isBefore(opensOn)) {
            rules.reject("deadline", "monitoring.cycle.error.deadline");
        }
    }

    /**
     * The scale typed one level per line in each language, or null with the field rejected. It
     * keeps the codes of {@code current} when it keeps its number of levels; {@code locked}
     * forbids changing that number (reports already use it).
     */
    public StatusScale scale(List<String> languages, StatusScale current, boolean locked, BindingResult binding) {
        return parseScale(languages, current, locked, binding);
    }

    /** The cycle as typed, once the form and its scale are valid. */
    public CycleData toData(StatusScale parsed) {
        return new CycleData(
                title.toText(),
                instructions.toText(),
                periodStart,
                periodEnd,
                opensOn,
                deadline,
                parsed,
                Set.copyOf(articleIds),
                Set.copyOf(indicatorIds));
    }

    private StatusScale parseScale(List<String> languages, StatusScale current, boolean locked, BindingResult binding) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String lang : languages) {
            List<String> l = scale.get(lang)
                    .lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            if (!l.isEmpty()) {
                lines.put(lang, l);
            }
        }
        int n = lines.values().stream().mapToInt(List::size).max().orElse(0);
        if (n < 2
                || n > MAX_LEVELS
                || lines.values().stream().anyMatch(l -> l.size() != n)
                || lines.values().stream().flatMap(List::stream).anyMatch(s -> s.length() > 80)) {
            FormFlow.reject(binding, "scale", "monitoring.cycle.error.scale");
            return null;
        }
        if (locked && n != current.levels().size()) {
            FormFlow.reject(binding, "scale", "monitoring.cycle.error.scaleLocked");
            return null;
        }
        List<StatusScale.Level> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = current != null && current.levels().size() == n
                    ? current.levels().get(i).code()
                    : n == StatusScale.STANDARD.size() ? StatusScale.STANDARD.get(i) : "level-" + (i + 1);
            Map<String, String> label = new LinkedHashMap<>();
            for (var e : lines.entrySet()) {
                label.put(e.getKey(), e.getValue().get(i));
            }
            levels.add(new StatusScale.Level(code, TranslatableText.of(label)));
        }
        return new StatusScale(levels);
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

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
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
