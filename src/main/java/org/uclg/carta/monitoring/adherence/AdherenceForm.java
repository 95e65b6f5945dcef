package org.uclg.carta.monitoring.adherence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;
import org.springframework.format.annotation.DateTimeFormat;

import org.uclg.carta.kit.web.CrossFieldRules;
import org.uclg.carta.kit.web.Inputs;

/** What the adherence form posts, kept as typed so a rejected form shows it back. */
@CrossFieldRules
public class AdherenceForm implements CrossFieldRules.Checked {

    @NotNull(message = "monitoring.error.localGovernment")
    private Long localGovernmentId;

    @NotNull(message = "validation.date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adheredOn;

    @Size(max = 500, message = "validation.tooLong")
    private String decision = "";

    @URL(regexp = "(?i)(https?://.+)?", message = "network.validation.website")
    @Size(max = 1_000, message = "network.validation.website")
    private String decisionUrl = "";

    @Size(max = 300, message = "validation.tooLong")
    private String signedBy = "";

    private Map<Long, String> reservations = new LinkedHashMap<>();

    @Override
    public void check(CrossFieldRules.Rejections rules) {
        if (notes().values().stream().anyMatch(n -> n.length() > 1_000)) {
            rules.reject("reservations", "validation.tooLong");
        }
    }

    /** The reservations with something written, by article. */
    public Map<Long, String> notes() {
        Map<Long, String> notes = new LinkedHashMap<>();
        reservations.forEach((article, note) -> {
            if (article != null && note != null && !note.isBlank()) {
                notes.put(article, note.strip());
            }
        });
        return notes;
    }

    /** The adherence as typed, once the form is valid. */
    public AdherenceData toData() {
        return new AdherenceData(
                adheredOn,
                Inputs.blankToNull(decision),
                Inputs.blankToNull(decisionUrl),
                Inputs.blankToNull(signedBy),
                notes());
    }

    public Long getLocalGovernmentId() {
        return localGovernmentId;
    }

    public void setLocalGovernmentId(Long localGovernmentId) {
        this.localGovernmentId = localGovernmentId;
    }

    public LocalDate getAdheredOn() {
        return adheredOn;
    }

    public void setAdheredOn(LocalDate adheredOn) {
        this.adheredOn = adheredOn;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = Inputs.orEmpty(decision);
    }

    public String getDecisionUrl() {
        return decisionUrl;
    }

    public void setDecisionUrl(String decisionUrl) {
        this.decisionUrl = Inputs.orEmpty(decisionUrl).strip();
    }

    public String getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(String signedBy) {
        this.signedBy = Inputs.orEmpty(signedBy);
    }

    public Map<Long, String> getReservations() {
        return reservations;
    }

    public void setReservations(Map<Long, String> reservations) {
        this.reservations = reservations == null ? new LinkedHashMap<>() : reservations;
    }
}
