package org.uclg.carta.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.kit.web.FieldErrors;

/** What the adherence form posts, kept as typed so a rejected form shows it back. */
public class AdherenceForm {

    private Long localGovernmentId;
    private String adheredOn = "";
    private String decision = "";
    private String decisionUrl = "";
    private String signedBy = "";
    private Map<Long, String> reservations = new LinkedHashMap<>();

    /** Checks every field; the data is null when anything is wrong. */
    Validated validate(Set<Long> frameworkArticles, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (localGovernmentId == null) {
            errors.reject("localGovernmentId", "monitoring.error.localGovernment");
        }
        LocalDate date = Inputs.requiredDate(adheredOn, "adheredOn", errors);
        if (date != null && date.isAfter(today)) {
            errors.reject("adheredOn", "monitoring.error.future");
        }
        if (decision.length() > 500 || signedBy.length() > 300) {
            errors.reject(decision.length() > 500 ? "decision" : "signedBy", "validation.tooLong");
        }
        String url = decisionUrl.isBlank() ? null : decisionUrl.strip();
        if (url != null && !Inputs.isHttpUrl(url)) {
            errors.reject("decisionUrl", "network.validation.website");
        }
        Map<Long, String> notes = new LinkedHashMap<>();
        reservations.forEach((article, note) -> {
            if (note != null && !note.isBlank()) {
                if (!frameworkArticles.contains(article)) {
                    errors.reject("reservations", "monitoring.error.article");
                } else if (note.length() > 1_000) {
                    errors.reject("reservations", "validation.tooLong");
                } else {
                    notes.put(article, note.strip());
                }
            }
        });
        if (errors.any()) {
            return new Validated(null, errors);
        }
        return new Validated(new AdherenceData(date, Inputs.blankToNull(decision), url, Inputs.blankToNull(signedBy), notes), errors);
    }

    record Validated(AdherenceData data, FieldErrors errors) {
    }

    public Long getLocalGovernmentId() {
        return localGovernmentId;
    }

    public void setLocalGovernmentId(Long localGovernmentId) {
        this.localGovernmentId = localGovernmentId;
    }

    public String getAdheredOn() {
        return adheredOn;
    }

    public void setAdheredOn(String adheredOn) {
        this.adheredOn = adheredOn == null ? "" : adheredOn;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision == null ? "" : decision;
    }

    public String getDecisionUrl() {
        return decisionUrl;
    }

    public void setDecisionUrl(String decisionUrl) {
        this.decisionUrl = decisionUrl == null ? "" : decisionUrl;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(String signedBy) {
        this.signedBy = signedBy == null ? "" : signedBy;
    }

    public Map<Long, String> getReservations() {
        return reservations;
    }

    public void setReservations(Map<Long, String> reservations) {
        this.reservations = reservations == null ? new LinkedHashMap<>() : reservations;
    }
}
