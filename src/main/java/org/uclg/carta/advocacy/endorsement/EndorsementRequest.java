package org.uclg.carta.advocacy.endorsement;

import java.time.LocalDate;

/** What a representative submits on behalf of their local government. */
public record EndorsementRequest(
        long localGovernmentId,
        String signatoryName,
        String signatoryTitle,
        String decisionReference,
        LocalDate decisionDate) {}
