package org.uclg.carta.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.FieldErrors;

/** What the indicator form posts, kept as typed so a rejected form shows it back. */
public class IndicatorForm {

    private String code = "";
    private TranslatableInput name = new TranslatableInput();
    private TranslatableInput definition = new TranslatableInput();
    private String kind = "";
    private String unit = "";
    private String direction = "";
    private String disaggregations = "";
    private List<Long> articleIds = new ArrayList<>();
    private long version;

    static IndicatorForm of(IndicatorView v) {
        IndicatorForm f = new IndicatorForm();
        f.code = v.code();
        f.name = TranslatableInput.from(v.name());
        f.definition = TranslatableInput.from(v.definition());
        f.kind = v.kind().code();
        f.unit = v.unit();
        f.direction = v.direction().code();
        f.disaggregations = String.join(", ", v.disaggregations());
        f.articleIds = new ArrayList<>(v.articleIds());
        f.version = v.version();
        return f;
    }

    /** Checks every field; the data is null when anything is wrong. */
    Validated validate(List<String> languages, Set<Long> knownArticles) {
        FieldErrors errors = new FieldErrors();
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9][A-Z0-9._-]{0,29}")) {
            errors.reject("code", "monitoring.indicator.error.code");
        }
        if (name.isBlankIn(languages)) {
            errors.reject("name", "validation.translatable.required");
        } else if (name.tooLong(300)) {
            errors.reject("name", "validation.tooLong");
        }
        if (definition.tooLong(5_000)) {
            errors.reject("definition", "validation.tooLong");
        }
        IndicatorKind k = IndicatorKind.fromCode(kind);
        if (k == null) {
            errors.reject("kind", "monitoring.indicator.error.kind");
        }
        if (unit.isBlank() || unit.length() > 40) {
            errors.reject("unit", "monitoring.indicator.error.unit");
        }
        Direction d = Direction.fromCode(direction);
        if (d == null) {
            errors.reject("direction", "monitoring.indicator.error.direction");
        }
        Set<String> breakdowns = new LinkedHashSet<>();
        for (String part : disaggregations.split(",")) {
            String value = part.strip().toLowerCase(Locale.ROOT);
            if (!value.isEmpty()) {
                breakdowns.add(value);
            }
        }
        if (breakdowns.stream().anyMatch(b -> !b.matches("[a-z0-9 _-]{1,40}"))
                || String.join(",", breakdowns).length() > 300) {
            errors.reject("disaggregations", "monitoring.indicator.error.disaggregations");
        }
        if (!knownArticles.containsAll(articleIds)) {
            errors.reject("articleIds", "monitoring.error.article");
        }
        if (errors.any()) {
            return new Validated(null, errors);
        }
        return new Validated(new IndicatorData(c, name.toText(), definition.toText(), k, unit.strip(), d,
                List.copyOf(breakdowns), Set.copyOf(articleIds)), errors);
    }

    record Validated(IndicatorData data, FieldErrors errors) {
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    public TranslatableInput getName() {
        return name;
    }

    public void setName(TranslatableInput name) {
        this.name = name;
    }

    public TranslatableInput getDefinition() {
        return definition;
    }

    public void setDefinition(TranslatableInput definition) {
        this.definition = definition;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null ? "" : unit;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction == null ? "" : direction;
    }

    public String getDisaggregations() {
        return disaggregations;
    }

    public void setDisaggregations(String disaggregations) {
        this.disaggregations = disaggregations == null ? "" : disaggregations;
    }

    public List<Long> getArticleIds() {
        return articleIds;
    }

    public void setArticleIds(List<Long> articleIds) {
        this.articleIds = articleIds == null ? new ArrayList<>() : articleIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
