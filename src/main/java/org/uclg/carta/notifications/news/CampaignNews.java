package org.uclg.carta.notifications.news;

import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.advocacy.Advocacy;
import org.uclg.carta.advocacy.CampaignAmended;
import org.uclg.carta.advocacy.CampaignOpened;
import org.uclg.carta.advocacy.CampaignUpdatePosted;
import org.uclg.carta.notifications.follow.Target;
import org.uclg.carta.notifications.inbox.NoticeKind;
import org.uclg.carta.notifications.inbox.Notices;

/**
 * Campaigns: an opened campaign reaches the followers of its articles and of the local government
 * that proposed it; an update or a new statement version reaches the campaign's own followers.
 */
@Component
class CampaignNews {

    private final Advocacy advocacy;
    private final Audience audience;
    private final Notices notices;

    CampaignNews(Advocacy advocacy, Audience audience, Notices notices) {
        this.advocacy = advocacy;
        this.audience = audience;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(CampaignOpened opened) {
        advocacy.campaign(opened.campaignId())
                .ifPresent(c -> notices.post(
                        new Notices.News(NoticeKind.CAMPAIGN_OPENED, "campaign:" + c.id(), c.title(), "", c.path()),
                        audience.following(Map.of(
                                Target.ARTICLE, c.articleIds(), Target.LOCAL_GOVERNMENT, c.localGovernmentIds()))));
    }

    @ApplicationModuleListener
    void on(CampaignUpdatePosted posted) {
        advocacy.campaign(posted.campaignId())
                .ifPresent(c -> notices.post(
                        new Notices.News(
                                NoticeKind.CAMPAIGN_NEWS,
                                "campaign:" + c.id() + ":update:" + posted.updateId(),
                                c.title(),
                                "",
                                c.path() + "#updates"),
                        audience.following(Map.of(Target.CAMPAIGN, Set.of(c.id())))));
    }

    @ApplicationModuleListener
    void on(CampaignAmended amended) {
        advocacy.campaign(amended.campaignId())
                .ifPresent(c -> notices.post(
                        new Notices.News(
                                NoticeKind.CAMPAIGN_NEWS,
                                "campaign:" + c.id() + ":statement:" + amended.statementVersion(),
                                c.title(),
                                "",
                                c.path() + "#statement"),
                        audience.following(Map.of(Target.CAMPAIGN, Set.of(c.id())))));
    }
}
