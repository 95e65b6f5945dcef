package org.uclg.carta.advocacy.campaign;

import java.time.Instant;
import java.time.LocalDate;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A campaign as pages and the API show it, with its current statement. */
public record CampaignView(
        long id,
        CampaignState state,
        CampaignData data,
        int statementVersion,
        TranslatableText statement,
        Long proposedBy,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String declineReason,
        long version) {

    public String path() {
        return "/campaigns/" + id;
    }

    /** Open and within its period: endorsements and signatures are taken. */
    public boolean taking(LocalDate today) {
        return state == CampaignState.OPEN
                && !today.isBefore(data.opensOn())
                && (data.closesOn() == null || !today.isAfter(data.closesOn()));
    }
}
