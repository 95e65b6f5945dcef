package org.uclg.carta.advocacy.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;

/** What the campaign form posts, for the secretariat and for a member's proposal. */
@CrossFieldRules
public class CampaignForm implements CrossFieldRules.Checked {

    @Translatable(max = 200)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 500)
    private TranslatableInput callToAction = new TranslatableInput();

    @Translatable(max = 20_000)
    private TranslatableInput statement = new TranslatableInput();

    @Translatable(max = 1_000, required = false)
    private TranslatableInput changeNote = new TranslatableInput();

    @NotNull(message = "validation.required")
    @Min(value = 1, message = "campaigns.error.goal")
    @Max(value = 100_000, message = "campaigns.error.goal")
    private Integer goal;

    @NotNull(message = "validation.required")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    private List<Long> articleIds = new ArrayList<>();

    @Size(max = 5_000, message = "validation.tooLong")
    private String resources = "";

    @Size(max = 5_000, message = "validation.tooLong")
    private String events = "";

    private List<Long> partnerIds = new ArrayList<>();
    private Long localGovernmentId;
    private Long initiativeId;
    private boolean open;
    private long version;

    public static CampaignForm of(CampaignView c) {
        CampaignForm f = new CampaignForm();
        CampaignData d = c.data();
        f.title = TranslatableInput.from(d.title());
        f.callToAction = TranslatableInput.from(d.callToAction());
        f.statement = TranslatableInput.from(c.statement());
        f.goal = d.goal();
        f.opensOn = d.opensOn();
        f.closesOn = d.closesOn();
        f.articleIds = new ArrayList<>(d.articleIds());
        f.resources = LinkedIds.format(d.resourceIds());
        f.events = LinkedIds.format(d.eventIds());
        f.partnerIds = new ArrayList<>(d.partnerIds());
        f.localGovernmentId = c.proposedBy();
        f.initiativeId = d.initiativeId();
        f.version = c.version();
        return f;
    }

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            rules.reject("closesOn", "campaigns.error.period");
        }
        if (LinkedIds.parse(resources).isEmpty()) {
            rules.reject("resources", "campaigns.error.links");
        }
        if (LinkedIds.parse(events).isEmpty()) {
            rules.reject("events", "campaigns.error.links");
        }
    }

    public CampaignData toData() {
        return new CampaignData(
                title.toText(),
                callToAction.toText(),
                goal,
                opensOn,
                closesOn,
                articleIds,
                LinkedIds.parse(resources).orElse(List.of()),
                LinkedIds.parse(events).orElse(List.of()),
                partnerIds,
                initiativeId);
    }

    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title;
    }

    public TranslatableInput getCallToAction() {
        return callToAction;
    }

    public void setCallToAction(TranslatableInput callToAction) {
        this.callToAction = callToAction;
    }

    public TranslatableInput getStatement() {
        return statement;
    }

    public void setStatement(TranslatableInput statement) {
        this.statement = statement;
    }

    public TranslatableInput getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(TranslatableInput changeNote) {
        this.changeNote = changeNote;
    }

    public Integer getGoal() {
        return goal;
    }

    public void setGoal(Integer goal) {
        this.goal = goal;
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

    public List<Long> getArticleIds() {
        return articleIds;
    }

    public void setArticleIds(List<Long> articleIds) {
        this.articleIds = articleIds == null ? new ArrayList<>() : articleIds;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources == null ? "" : resources;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events == null ? "" : events;
    }

    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> partnerIds) {
        this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds;
    }

    public Long getLocalGovernmentId() {
        return localGovernmentId;
    }

    public void setLocalGovernmentId(Long localGovernmentId) {
        this.localGovernmentId = localGovernmentId;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
