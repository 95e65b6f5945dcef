package org.uclg.carta.monitoring.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;

/** What the indicator form posts, kept as typed so a rejected form shows it back. */
@CrossFieldRules
public class IndicatorForm implements CrossFieldRules.Checked {

    @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9._-]{0,29}\\s*", message = "monitoring.indicator.error.code")
    private String code = "";

    @Translatable(max = 300)
    private TranslatableInput name = new TranslatableInput();

    @Translatable(max = 5_000, required = false)
    private TranslatableInput definition = new TranslatableInput();

    private String kind = "";

    @NotBlank(message = "monitoring.indicator.error.unit")
    @Size(max = 40, message = "monitoring.indicator.error.unit")
    private String unit = "";

    private String direction = "";
    private String disaggregations = "";
    private List<Long> articleIds = new ArrayList<>();
    private long version;

    public static IndicatorForm of(IndicatorView v) {
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

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (IndicatorKind.fromCode(kind) == null) {
            rules.reject("kind", "monitoring.indicator.error.kind");
        }
        if (Direction.fromCode(direction) == null) {
            rules.reject("direction", "monitoring.indicator.error.direction");
        }
        Set<String> breakdowns = breakdowns();
        if (breakdowns.stream().anyMatch(b -> !b.matches("[a-z0-9 _-]{1,40}"))
                || String.join(",", breakdowns).length() > 300) {
            rules.reject("disaggregations", "monitoring.indicator.error.disaggregations");
        }
    }

    private Set<String> breakdowns() {
        Set<String> breakdowns = new LinkedHashSet<>();
        for (String part : disaggregations.split(",")) {
            String value = part.strip().toLowerCase(Locale.ROOT);
            if (!value.isEmpty()) {
                breakdowns.add(value);
            }
        }
        return breakdowns;
    }

    /** The indicator as typed, once the form is valid. */
    public IndicatorData toData() {
        return new IndicatorData(
                code.strip().toUpperCase(Locale.ROOT),
                name.toText(),
                definition.toText(),
                IndicatorKind.fromCode(kind),
                unit.strip(),
                Direction.fromCode(direction),
                List.copyOf(breakdowns()),
                Set.copyOf(articleIds));
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
