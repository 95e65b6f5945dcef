package org.uclg.carta.advocacy;

/** An agreement with a partner organisation was recorded. */
public record AgreementRecorded(long agreementId, long partnerId) {}
