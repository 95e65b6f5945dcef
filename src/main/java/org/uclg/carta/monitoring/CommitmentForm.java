package org.uclg.carta.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.FieldErrors;

/** What the commitment form posts, kept as typed so a rejected form shows it back. */
public class CommitmentForm {

    private TranslatableInput title = new TranslatableInput();
    private TranslatableInput description = new TranslatableInput();
    private String department = "";
    private String startsOn = "";
    private String endsOn = "";
    private String baseline = "";
    private String target = "";
    private String budget = "";
    private String currency = "";
    private boolean open = true;
    private List<Long> articleIds = new ArrayList<>();
    private long version;

    static CommitmentForm of(CommitmentView c) {
        CommitmentForm f = new CommitmentForm();
        f.title = TranslatableInput.from(c.title());
        f.description = TranslatableInput.from(c.description());
        f.department = Inputs.orEmpty(c.department());
        f.startsOn = c.startsOn() == null ? "" : c.startsOn().toString();
        f.endsOn = c.endsOn() == null ? "" : c.endsOn().toString();
        f.baseline = Inputs.orEmpty(c.baseline());
        f.target = Inputs.orEmpty(c.target());
        f.budget = c.budget() == null ? "" : c.budget().toPlainString();
        f.currency = Inputs.orEmpty(c.currency());
        f.open = c.open();
        f.articleIds = new ArrayList<>(c.articleIds());
        f.version = c.version();
        return f;
    }

    /** Checks every field; the data is null when anything is wrong. */
    Validated validate(List<String> languages, Set<Long> knownArticles) {
        FieldErrors errors = new FieldErrors();
        if (title.isBlankIn(languages)) {
            errors.reject("title", "validation.translatable.required");
        } else if (title.tooLong(300)) {
            errors.reject("title", "validation.tooLong");
        }
        if (description.tooLong(10_000)) {
            errors.reject("description", "validation.tooLong");
        }
        LocalDate start = Inputs.date(startsOn, "startsOn", errors);
        LocalDate end = Inputs.date(endsOn, "endsOn", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.reject("endsOn", "monitoring.commitment.error.period");
        }
        for (String[] field : new String[][] {{"department", department}, {"baseline", baseline}, {"target", target}}) {
            if (field[1].length() > 200) {
                errors.reject(field[0], "validation.tooLong");
            }
        }
        BigDecimal amount = null;
        if (!budget.isBlank()) {
            try {
                amount = new BigDecimal(budget.strip().replace(" ", "").replace(",", "."));
                if (amount.signum() < 0 || amount.precision() - amount.scale() > 14) {
                    errors.reject("budget", "monitoring.commitment.error.budget");
                }
            } catch (NumberFormatException e) {
                errors.reject("budget", "monitoring.commitment.error.budget");
            }
        }
        String cur = currency.strip().toUpperCase(Locale.ROOT);
        if (amount != null && !cur.matches("[A-Z]{3}")) {
            errors.reject("currency", "monitoring.commitment.error.currency");
        }
        if (articleIds.isEmpty()) {
            errors.reject("articleIds", "monitoring.commitment.error.articles");
        } else if (!knownArticles.containsAll(articleIds)) {
            errors.reject("articleIds", "monitoring.error.article");
        }
        if (errors.any()) {
            return new Validated(null, errors);
        }
        return new Validated(new CommitmentData(title.toText(), description.toText(), Inputs.blankToNull(department), start,
                end, Inputs.blankToNull(baseline), Inputs.blankToNull(target), amount, amount == null ? null : cur, open,
                Set.copyOf(articleIds)), errors);
    }

    record Validated(CommitmentData data, FieldErrors errors) {
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

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = Inputs.orEmpty(startsOn);
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = Inputs.orEmpty(endsOn);
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
