package org.uclg.carta.advocacy.endorsement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a representative posts to endorse. The form is multipart (the council decision's
 * document), which the platform's NUL guard does not read, hence the patterns.
 */
public class EndorsementForm {

    private static final String NO_NUL = "[^\\x00]*";

    @NotNull(message = "validation.required")
    private Long localGovernmentId;

    @NotBlank(message = "validation.required")
    @Size(max = 200, message = "validation.tooLong")
    @Pattern(regexp = NO_NUL, message = "validation.invalid")
    private String signatoryName = "";

    @NotBlank(message = "validation.required")
    @Size(max = 200, message = "validation.tooLong")
    @Pattern(regexp = NO_NUL, message = "validation.invalid")
    private String signatoryTitle = "";

    @Size(max = 200, message = "validation.tooLong")
    @Pattern(regexp = NO_NUL, message = "validation.invalid")
    private String decisionReference = "";

    @PastOrPresent(message = "campaigns.error.decisionDate")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;

    public EndorsementRequest toRequest() {
        return new EndorsementRequest(
                localGovernmentId, signatoryName.strip(), signatoryTitle.strip(), decisionReference, decisionDate);
    }

    public Long getLocalGovernmentId() {
        return localGovernmentId;
    }

    public void setLocalGovernmentId(Long localGovernmentId) {
        this.localGovernmentId = localGovernmentId;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName == null ? "" : signatoryName;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public void setSignatoryTitle(String signatoryTitle) {
        this.signatoryTitle = signatoryTitle == null ? "" : signatoryTitle;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference == null ? "" : decisionReference;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }
}
