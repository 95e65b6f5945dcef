package org.uclg.carta.advocacy.front;

import org.springframework.stereotype.Component;

import org.uclg.carta.advocacy.campaign.CampaignView;
import org.uclg.carta.advocacy.endorsement.Endorsements;
import org.uclg.carta.advocacy.signature.Signatures;

/** The public counters of a campaign, the same on its page, its badge and the API. */
@Component
public class Tally {

    private final Endorsements endorsements;
    private final Signatures signatures;

    Tally(Endorsements endorsements, Signatures signatures) {
        this.endorsements = endorsements;
        this.signatures = signatures;
    }

    /** Verified endorsements, confirmed signatures, the goal and the share of it reached (0 to 100). */
    public record Counts(long localGovernments, long people, int goal) {
        public int percent() {
            return (int) Math.min(100, localGovernments * 100 / Math.max(goal, 1));
        }
    }

    public Counts of(CampaignView c) {
        return new Counts(
                endorsements.countVerified(c.id()),
                signatures.countConfirmed(c.id()),
                c.data().goal());
    }
}
