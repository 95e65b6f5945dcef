package org.uclg.carta.notifications.news;

import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.events.EventCancelled;
import org.uclg.carta.events.EventPostponed;
import org.uclg.carta.events.EventPublished;
import org.uclg.carta.events.Gatherings;
import org.uclg.carta.events.RegistrationPromoted;
import org.uclg.carta.notifications.follow.Target;
import org.uclg.carta.notifications.inbox.NoticeKind;
import org.uclg.carta.notifications.inbox.Notices;

/**
 * Events: a published event reaches the followers of its articles and organising local
 * governments; a cancelled or postponed one, the event's own followers too; a seat from the
 * waiting list is a mandatory notice for the registrant's account (the events module emails it).
 */
@Component
class EventNews {

    private final Gatherings gatherings;
    private final Audience audience;
    private final Notices notices;
    private final Notifications accounts;

    EventNews(Gatherings gatherings, Audience audience, Notices notices, Notifications accounts) {
        this.gatherings = gatherings;
        this.audience = audience;
        this.notices = notices;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(EventPublished published) {
        gatherings
                .event(published.eventId())
                .ifPresent(e -> notices.post(
                        new Notices.News(NoticeKind.EVENT_PUBLISHED, "event:" + e.id(), e.title(), "", e.path()),
                        audience.following(Map.of(
                                Target.ARTICLE, e.articleIds(), Target.LOCAL_GOVERNMENT, e.localGovernmentIds()))));
    }

    @ApplicationModuleListener
    void on(EventCancelled cancelled) {
        changed(cancelled.eventId());
    }

    @ApplicationModuleListener
    void on(EventPostponed postponed) {
        changed(postponed.eventId());
    }

    /** The subject carries the event's version: a second postponement is news again. */
    private void changed(long eventId) {
        gatherings
                .event(eventId)
                .ifPresent(e -> notices.post(
                        new Notices.News(
                                NoticeKind.EVENT_CHANGED,
                                "event:" + e.id() + ":" + e.state() + ":" + e.version(),
                                e.title(),
                                "",
                                e.path()),
                        audience.following(Map.of(
                                Target.EVENT, Set.of(e.id()),
                                Target.ARTICLE, e.articleIds(),
                                Target.LOCAL_GOVERNMENT, e.localGovernmentIds()))));
    }

    @ApplicationModuleListener
    void on(RegistrationPromoted promoted) {
        gatherings.registration(promoted.registrationId()).ifPresent(seat -> {
            String email = seat.accountEmail() != null ? seat.accountEmail() : seat.email();
            accounts.accountIdOf(email)
                    .ifPresent(account -> notices.post(
                            new Notices.News(
                                    NoticeKind.REGISTRATION_PROMOTED,
                                    "registration:" + seat.registrationId(),
                                    seat.eventTitle(),
                                    "",
                                    seat.eventPath()),
                            Map.of(account, new Notices.Reason(Target.EVENT.code(), seat.eventId()))));
        });
    }
}
