package org.uclg.carta.advocacy.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.campaign.CampaignState;
import org.uclg.carta.advocacy.campaign.CampaignView;
import org.uclg.carta.advocacy.endorsement.Endorsements;
import org.uclg.carta.kit.web.SitemapSource;
import org.uclg.carta.network.LocalGovernmentSection;
import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;

/** Public campaigns on the article pages, on the pages of the local governments that proposed or endorsed them, and in the sitemap. */
@Component
class CampaignListings implements TaggedItemSource, LocalGovernmentSection, SitemapSource {

    private static final List<CampaignState> PUBLIC = List.of(CampaignState.OPEN, CampaignState.CLOSED);

    private final CampaignService campaigns;
    private final Endorsements endorsements;

    CampaignListings(CampaignService campaigns, Endorsements endorsements) {
        this.campaigns = campaigns;
        this.endorsements = endorsements;
    }

    @Override
    public String kindKey() {
        return "campaigns.kind";
    }

    @Override
    public List<TaggedItem> publicItemsTaggedWith(long articleId) {
        return campaigns.list(PUBLIC, articleId, new org.uclg.carta.kit.web.Paging(1, 100)).stream()
                .map(c -> new TaggedItem("campaigns.kind", c.data().title(), c.path()))
                .toList();
    }

    @Override
    public String titleKey() {
        return "campaigns.section";
    }

    @Override
    public List<Item> publicItems(long localGovernmentId) {
        Map<Long, CampaignView> found = new LinkedHashMap<>();
        campaigns.proposedBy(localGovernmentId).stream()
                .filter(c -> c.state().isPublic())
                .forEach(c -> found.put(c.id(), c));
        endorsements
                .campaignsEndorsedBy(localGovernmentId)
                .forEach(id -> campaigns.published(id).ifPresent(c -> found.putIfAbsent(id, c)));
        return found.values().stream()
                .map(c -> new Item(c.data().title(), c.path()))
                .toList();
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new ArrayList<>(List.of("/campaigns"));
        campaigns.publicIds().forEach(id -> paths.add("/campaigns/" + id));
        return paths;
    }
}
