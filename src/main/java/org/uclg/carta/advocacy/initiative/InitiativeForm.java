package org.uclg.carta.advocacy.initiative;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.uclg.carta.advocacy.campaign.LinkedIds;
import org.uclg.carta.kit.i18n.Translatable;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.CrossFieldRules;

/** What the initiative form posts, for a member's proposal and for the secretariat. */
@CrossFieldRules
public class InitiativeForm implements CrossFieldRules.Checked {

    private static final String NO_NUL = "[^\\x00]*";

    @NotNull(message = "validation.choice")
    @Pattern(regexp = "initiative|working-group", message = "validation.choice")
    private String kind = "initiative";

    @Translatable(max = 200)
    private TranslatableInput title = new TranslatableInput();

    @Translatable(max = 5_000)
    private TranslatableInput purpose = new TranslatableInput();

    @Translatable(max = 5_000, required = false)
    private TranslatableInput activities = new TranslatableInput();

    @NotBlank(message = "validation.required")
    @Size(max = 200, message = "validation.tooLong")
    @Pattern(regexp = NO_NUL, message = "validation.invalid")
    private String coordinatorName = "";

    private Long localGovernmentId;
    private List<Long> articleIds = new ArrayList<>();

    @Size(max = 5_000, message = "validation.tooLong")
    private String outputs = "";

    @Size(max = 5_000, message = "validation.tooLong")
    private String documents = "";

    @Size(max = 5_000, message = "validation.tooLong")
    private String meetings = "";

    @Size(max = 5_000, message = "validation.tooLong")
    private String debates = "";

    private long version;

    public static InitiativeForm of(InitiativeView i) {
        InitiativeForm f = new InitiativeForm();
        InitiativeData d = i.data();
        f.kind = d.kind().code();
        f.title = TranslatableInput.from(d.title());
        f.purpose = TranslatableInput.from(d.purpose());
        f.activities = TranslatableInput.from(d.activities());
        f.coordinatorName = d.coordinatorName();
        f.localGovernmentId = i.coordinatorId();
        f.articleIds = new ArrayList<>(d.articleIds());
        f.outputs = LinkedIds.format(d.outputIds());
        f.documents = LinkedIds.format(d.documentIds());
        f.meetings = LinkedIds.format(d.meetingIds());
        f.debates = LinkedIds.format(d.debateIds());
        f.version = i.version();
        return f;
    }

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        for (String field : List.of("outputs", "documents", "meetings", "debates")) {
            if (LinkedIds.parse(linked(field)).isEmpty()) {
                rules.reject(field, "campaigns.error.links");
            }
        }
    }

    String linked(String field) {
        return switch (field) {
            case "outputs" -> outputs;
            case "documents" -> documents;
            case "meetings" -> meetings;
            default -> debates;
        };
    }

    public InitiativeData toData() {
        return new InitiativeData(
                InitiativeKind.ofCode(kind).orElse(InitiativeKind.INITIATIVE),
                title.toText(),
                purpose.toText(),
                activities.toText(),
                coordinatorName.strip(),
                articleIds.stream().filter(java.util.Objects::nonNull).toList(),
                LinkedIds.parse(outputs).orElse(List.of()),
                LinkedIds.parse(documents).orElse(List.of()),
                LinkedIds.parse(meetings).orElse(List.of()),
                LinkedIds.parse(debates).orElse(List.of()));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public TranslatableInput getTitle() {
        return title;
    }

    public void setTitle(TranslatableInput title) {
        this.title = title;
    }

    public TranslatableInput getPurpose() {
        return purpose;
    }

    public void setPurpose(TranslatableInput purpose) {
        this.purpose = purpose;
    }

    public TranslatableInput getActivities() {
        return activities;
    }

    public void setActivities(TranslatableInput activities) {
        this.activities = activities;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName == null ? "" : coordinatorName;
    }

    public Long getLocalGovernmentId() {
        return localGovernmentId;
    }

    public void setLocalGovernmentId(Long localGovernmentId) {
        this.localGovernmentId = localGovernmentId;
    }

    public List<Long> getArticleIds() {
        return articleIds;
    }

    public void setArticleIds(List<Long> articleIds) {
        this.articleIds = articleIds == null ? new ArrayList<>() : articleIds;
    }

    public String getOutputs() {
        return outputs;
    }

    public void setOutputs(String outputs) {
        this.outputs = outputs == null ? "" : outputs;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents == null ? "" : documents;
    }

    public String getMeetings() {
        return meetings;
    }

    public void setMeetings(String meetings) {
        this.meetings = meetings == null ? "" : meetings;
    }

    public String getDebates() {
        return debates;
    }

    public void setDebates(String debates) {
        this.debates = debates == null ? "" : debates;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
