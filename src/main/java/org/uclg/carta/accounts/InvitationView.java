package org.uclg.carta.accounts;

import java.time.Instant;

/** An invitation as the secretariat lists it. */
public record InvitationView(
        String email,
        Long localGovernmentId,
        Long partnerId,
        String invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt) {

    static InvitationView of(AccountLink l) {
        return new InvitationView(
                l.email(),
                l.localGovernmentId(),
                l.partnerId(),
                l.createdBy(),
                l.createdAt(),
                l.expiresAt(),
                l.usedAt());
    }
}
