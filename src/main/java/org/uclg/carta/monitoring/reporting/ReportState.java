package org.uclg.carta.monitoring.reporting;

import java.util.Locale;

/** Where a report stands in its review. Only published reports are public. */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    PUBLISHED;

    /** The API's and the message keys' spelling: draft, submitted, under_review, returned, published. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the local government's representatives may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
