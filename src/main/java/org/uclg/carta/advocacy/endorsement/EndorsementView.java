package org.uclg.carta.advocacy.endorsement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A local government's endorsement of a campaign.
 *
 * @param state pending, verified, rejected or withdrawn
 */
public record EndorsementView(
        long id,
        long campaignId,
        long localGovernmentId,
        String country,
        String region,
        int statementVersion,
        String state,
        String signatoryName,
        String signatoryTitle,
        String decisionReference,
        LocalDate decisionDate,
        String decisionFileName,
        String submittedBy,
        Instant submittedAt,
        Instant verifiedAt,
        Instant withdrawnAt,
        String rejectionReason) {

    public boolean verified() {
        return "verified".equals(state);
    }

    public boolean pending() {
        return "pending".equals(state);
    }

    public boolean withdrawn() {
        return "withdrawn".equals(state);
    }

    /** Still standing: pending or verified. */
    public boolean active() {
        return pending() || verified();
    }

    public boolean hasDecision() {
        return decisionReference != null || decisionDate != null || decisionFileName != null;
    }

    public String decisionPath() {
        return "/campaigns/endorsements/" + id + "/decision";
    }
}
