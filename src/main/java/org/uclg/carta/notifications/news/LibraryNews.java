package org.uclg.carta.notifications.news;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.library.ResourcePublished;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.notifications.follow.Target;
import org.uclg.carta.notifications.inbox.NoticeKind;
import org.uclg.carta.notifications.inbox.Notices;

/** A published resource is news for those who follow one of its articles or local governments. */
@Component
class LibraryNews {

    private final ResourceSpace library;
    private final Audience audience;
    private final Notices notices;

    LibraryNews(ResourceSpace library, Audience audience, Notices notices) {
        this.library = library;
        this.audience = audience;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(ResourcePublished published) {
        library.published(published.resourceId()).ifPresent(r -> {
            Map<Long, Notices.Reason> people = audience.following(
                    Map.of(Target.ARTICLE, r.articleIds(), Target.LOCAL_GOVERNMENT, r.localGovernmentIds()));
            notices.post(
                    new Notices.News(NoticeKind.RESOURCE_PUBLISHED, "resource:" + r.id(), r.title(), "", r.path()),
                    people);
        });
    }
}
