package org.uclg.carta.advocacy.initiative;

import java.time.Instant;

/** An initiative as pages and the API show it; its members are listed apart. */
public record InitiativeView(
        long id,
        InitiativeState state,
        InitiativeData data,
        long coordinatorId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String declineReason,
        long version) {

    public String path() {
        return "/initiatives/" + id;
    }
}
