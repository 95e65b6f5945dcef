package org.uclg.carta.advocacy.campaign;

import java.time.LocalDate;
import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;

/** What an editor or a proposer writes about a campaign; the statement is versioned apart. */
public record CampaignData(
        TranslatableText title,
        TranslatableText callToAction,
        int goal,
        LocalDate opensOn,
        LocalDate closesOn,
        List<Long> articleIds,
        List<Long> resourceIds,
        List<Long> eventIds,
        List<Long> partnerIds,
        Long initiativeId) {

    public CampaignData {
        articleIds = List.copyOf(articleIds);
        resourceIds = List.copyOf(resourceIds);
        eventIds = List.copyOf(eventIds);
        partnerIds = List.copyOf(partnerIds);
    }
}
