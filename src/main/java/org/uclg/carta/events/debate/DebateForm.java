package org.uclg.carta.events.debate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;

/** What the debate form posts. */
@CrossFieldRules
public class DebateForm implements CrossFieldRules.Checked {

    @Translatable(max = 500)
    private TranslatableInput question = new TranslatableInput();

    @Translatable(max = 10_000, required = false)
    private TranslatableInput background = new TranslatableInput();

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    private Long eventId;
    private List<Long> articleIds = new ArrayList<>();
    private long version;

    public static DebateForm of(DebateView d) {
        DebateForm f = new DebateForm();
        f.question = TranslatableInput.from(d.data().question());
        f.background = TranslatableInput.from(d.data().background());
        f.opensOn = d.data().opensOn();
        f.closesOn = d.data().closesOn();
        f.eventId = d.data().eventId();
        f.articleIds = new ArrayList<>(d.data().articleIds());
        f.version = d.version();
        return f;
    }

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            rules.reject("closesOn", "events.error.period");
        }
    }

    public DebateData toData() {
        return new DebateData(
                eventId, question.toText(), background.toText(), opensOn, closesOn, Set.copyOf(articleIds));
    }

    public TranslatableInput getQuestion() {
        return question;
    }

    public void setQuestion(TranslatableInput question) {
        this.question = question;
    }

    public TranslatableInput getBackground() {
        return background;
    }

    public void setBackground(TranslatableInput background) {
        this.background = background;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
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
