package org.uclg.carta.events.debate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.uclg.carta.kit.web.Inputs;

/** A position or a reply, with the language it is written in and, for a representative, the local government it speaks for. */
public class ContributionForm {

    @NotBlank(message = "validation.required")
    @Size(max = 5_000, message = "validation.tooLong")
    private String body = "";

    @Pattern(regexp = "[a-z]{2,3}", message = "validation.choice")
    private String language = "en";

    private Long localGovernmentId;
    private Long parentId;

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = Inputs.orEmpty(body).strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Inputs.orEmpty(language);
    }

    public Long getLocalGovernmentId() {
        return localGovernmentId;
    }

    public void setLocalGovernmentId(Long localGovernmentId) {
        this.localGovernmentId = localGovernmentId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
