package org.uclg.carta.notifications.news;

import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.advocacy.Advocacy;
import org.uclg.carta.advocacy.InitiativeApproved;
import org.uclg.carta.advocacy.InitiativeUpdatePosted;
import org.uclg.carta.notifications.follow.Target;
import org.uclg.carta.notifications.inbox.NoticeKind;
import org.uclg.carta.notifications.inbox.Notices;

/**
 * Collective initiatives: an approved one reaches the followers of its articles and of its
 * coordinating local government; a public update reaches the initiative's own followers (members
 * get every update by email from advocacy itself).
 */
@Component
class InitiativeNews {

    private final Advocacy advocacy;
    private final Audience audience;
    private final Notices notices;

    InitiativeNews(Advocacy advocacy, Audience audience, Notices notices) {
        this.advocacy = advocacy;
        this.audience = audience;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(InitiativeApproved approved) {
        advocacy.initiative(approved.initiativeId())
                .ifPresent(i -> notices.post(
                        new Notices.News(
                                NoticeKind.INITIATIVE_APPROVED, "initiative:" + i.id(), i.title(), "", i.path()),
                        audience.following(Map.of(
                                Target.ARTICLE, i.articleIds(), Target.LOCAL_GOVERNMENT, i.localGovernmentIds()))));
    }

    @ApplicationModuleListener
    void on(InitiativeUpdatePosted posted) {
        if (!posted.shownPublicly()) {
            return;
        }
        advocacy.initiative(posted.initiativeId())
                .ifPresent(i -> notices.post(
                        new Notices.News(
                                NoticeKind.INITIATIVE_NEWS,
                                "initiative:" + i.id() + ":update:" + posted.updateId(),
                                i.title(),
                                "",
                                i.path() + "#updates"),
                        audience.following(Map.of(Target.INITIATIVE, Set.of(i.id())))));
    }
}
