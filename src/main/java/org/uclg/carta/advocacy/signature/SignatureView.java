package org.uclg.carta.advocacy.signature;

import java.time.Instant;

/** A person's signature of a campaign; the email address is shown only to the person. */
public record SignatureView(
        long id,
        long campaignId,
        String email,
        String name,
        boolean showName,
        String country,
        String language,
        int statementVersion,
        boolean confirmed,
        Instant createdAt,
        Instant confirmedAt) {}
