package org.uclg.carta.events.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.uclg.carta.events.forum.SessionFormat;
import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.Inputs;

/** A session proposal, written in the proposer's language. */
@CrossFieldRules
public class ProposalForm implements CrossFieldRules.Checked {

    @NotBlank(message = "validation.required")
    @Size(max = 300, message = "validation.tooLong")
    private String title = "";

    @NotBlank(message = "validation.required")
    @Size(max = 5_000, message = "validation.tooLong")
    private String summary = "";

    private String format = SessionFormat.THEMATIC.code();
    private Long trackId;

    @Pattern(regexp = "[a-z]{2,3}", message = "validation.choice")
    private String language = "en";

    @Size(max = 1_000, message = "validation.tooLong")
    private String speakers = "";

    private Long localGovernmentId;
    private List<Long> articleIds = new ArrayList<>();

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (SessionFormat.ofCode(format).isEmpty()) {
            rules.reject("format", "validation.choice");
        }
        if (articleIds.size() > 20) {
            rules.reject("articleIds", "events.error.article");
        }
    }

    public ProposalData toData() {
        return new ProposalData(
                title.strip(),
                summary.strip(),
                SessionFormat.ofCode(format).orElseThrow(),
                trackId,
                language,
                Inputs.blankToNull(speakers),
                localGovernmentId,
                Set.copyOf(articleIds));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Inputs.orEmpty(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = Inputs.orEmpty(summary);
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = Inputs.orEmpty(format);
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Inputs.orEmpty(language);
    }

    public String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(String speakers) {
        this.speakers = Inputs.orEmpty(speakers);
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
}
