package org.uclg.carta.monitoring.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.Inputs;

/** What the commitment form posts, kept as typed so a rejected form shows it back. */
@CrossFieldRules
public class CommitmentForm implements CrossFieldRules.Checked {

    @Translatable(max = 300)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 10_000, required = false)
    private TranslatableInput description = new TranslatableInput();

    @Size(max = 200, message = "validation.tooLong")
    private String department = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @Size(max = 200, message = "validation.tooLong")
    private String baseline = "";

    @Size(max = 200, message = "validation.tooLong")
    private String target = "";

    private String budget = "";
    private String currency = "";
    private boolean open = true;

    @NotEmpty(message = "monitoring.commitment.error.articles")
    private List<Long> articleIds = new ArrayList<>();

    private long version;

    public static CommitmentForm of(CommitmentView c) {
        CommitmentForm f = new CommitmentForm();
        f.title = TranslatableInput.from(c.title());
        f.description = TranslatableInput.from(c.description());
        f.department = Inputs.orEmpty(c.department());
        f.startsOn = c.startsOn();
        f.endsOn = c.endsOn();
        f.baseline = Inputs.orEmpty(c.baseline());
        f.target = Inputs.orEmpty(c.target());
        f.budget = c.budget() == null ? "" : c.budget().toPlainString();
        f.currency = Inputs.orEmpty(c.currency());
        f.open = c.open();
        f.articleIds = new ArrayList<>(c.articleIds());
        f.version = c.version();
        return f;
    }

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            rules.reject("endsOn", "monitoring.commitment.error.period");
        }
        BigDecimal amount = amount();
        if (!budget.isBlank() && (amount == null || amount.signum() < 0 || amount.precision() - amount.scale() > 14)) {
            rules.reject("budget", "monitoring.commitment.error.budget");
        }
        if (amount != null && !currencyCode().matches("[A-Z]{3}")) {
            rules.reject("currency", "monitoring.commitment.error.currency");
        }
    }

    /** The budget as typed with spaces or a decimal comma, or null when empty or unreadable. */
    private BigDecimal amount() {
        if (budget.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(budget.strip().replace(" ", "").replace(",", "."));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String currencyCode() {
        return currency.strip().toUpperCase(Locale.ROOT);
    }

    /** The commitment as typed, once the form is valid. */
    public CommitmentData toData() {
        BigDecimal amount = amount();
        return new CommitmentData(
                title.toText(),
                description.toText(),
                Inputs.blankToNull(department),
                startsOn,
                endsOn,
                Inputs.blankToNull(baseline),
                Inputs.blankToNull(target),
                amount,
                amount == null ? null : currencyCode(),
                open,
                Set.copyOf(articleIds));
    }

    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title;
    }

    public TranslatableInput getDescription() {
        return description;
    }

    public void setDescription(TranslatableInput description) {
        this.description = description;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = Inputs.orEmpty(department);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = Inputs.orEmpty(baseline);
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = Inputs.orEmpty(target);
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = Inputs.orEmpty(budget);
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = Inputs.orEmpty(currency);
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
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
