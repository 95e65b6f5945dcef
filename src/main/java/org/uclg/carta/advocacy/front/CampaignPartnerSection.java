package org.uclg.carta.advocacy.front;

import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.network.PartnerSection;

/** The public campaigns run with a partner, on the partner's page. */
@Component
class CampaignPartnerSection implements PartnerSection {

    private final CampaignService campaigns;

    CampaignPartnerSection(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String titleKey() {
        return "campaigns.section";
    }

    @Override
    public List<Item> items(long partnerId, Actor viewer) {
        return campaigns.linkedTo("partner", partnerId).stream()
                .map(c -> new Item(c.data().title(), c.path()))
                .toList();
    }
}
