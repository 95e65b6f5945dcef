package org.uclg.carta.events.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An organiser or co-organiser (lead = false) from the directory.
 *
 * @param party lg for a local government, partner for a partner
 */
@Embeddable
public record Organiser(
        @Column(name = "party") String party,
        @Column(name = "party_id") long partyId,
        @Column(name = "lead") boolean lead) {

    public static final String LOCAL_GOVERNMENT = "lg";
    public static final String PARTNER = "partner";

    public boolean localGovernment() {
        return LOCAL_GOVERNMENT.equals(party);
    }
}
