package org.uclg.carta.events.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.EventCancelled;
import org.uclg.carta.events.EventPostponed;
import org.uclg.carta.events.EventPublished;
import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;

/** Creating, editing, publishing, cancelling and postponing events, and finding them. */
@Service
@Transactional
public class EventService {

    public static final String ITEM_TYPE = "event";

    private final Events events;
    private final EventSearch search;
    private final EventsPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public EventService(
            Events events,
            EventSearch search,
            EventsPermissions permissions,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.search = search;
        this.permissions = permissions;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A page of the public calendar. */
    public record CalendarPage(long total, Paging paging, List<EventView> events) {}

    @Transactional(readOnly = true)
    public CalendarPage calendar(CalendarFilters filters) {
        Paging paging = filters.paging();
        EventSearch.Found found = search.find(filters, Instant.now(clock), paging);
        return new CalendarPage(
                found.total(), paging, found.events().stream().map(Event::view).toList());
    }

    /** The events of a feed: the calendar's filters, without paging, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<EventView> feed(CalendarFilters filters, int limit) {
        return search.find(filters, Instant.now(clock), new Paging(1, limit)).events().stream()
                .map(Event::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<EventView> latestPublished(int limit) {
        return events.latestPublished(org.springframework.data.domain.Limit.of(limit)).stream()
                .map(Event::view)
                .toList();
    }

    /** An event this viewer may see; a draft is not found for the public. */
    @Transactional(readOnly = true)
    public EventView visible(long id, Actor viewer) {
        EventView e = events.findById(id).map(Event::view).orElseThrow(NotFoundException::new);
        if (!permissions.maySee(viewer, e)) {
            throw new NotFoundException();
        }
        return e;
    }

    @Transactional(readOnly = true)
    public List<EventView> publicTaggedWith(long articleId) {
        return events.publicTaggedWith(articleId).stream().map(Event::view).toList();
    }

    @Transactional(readOnly = true)
    public List<EventView> publicOrganisedBy(long localGovernmentId) {
        return events.publicOrganisedBy(localGovernmentId).stream()
                .map(Event::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<EventView> publicOrganisedByPartner(long partnerId) {
        return events.publicOrganisedByPartner(partnerId).stream()
                .map(Event::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Long> publicIds() {
        return events.publicIds();
    }

    public long create(EventData data, Actor user) {
        Event e = new Event(user.username());
        e.apply(data, Instant.now(clock));
        events.save(e);
        audit.record(ITEM_TYPE, e.id(), "created", null);
        return e.id();
    }

    /** Demo content and the benchmark: an event recorded on the platform's own behalf, published if asked. */
    public long createQuietly(EventData data, EventState state, TranslatableText reason) {
        Event e = new Event(AuditTrail.currentActor());
        Instant now = Instant.now(clock);
        e.apply(data, now);
        if (state != EventState.DRAFT) {
            e.publish(now);
        }
        if (state == EventState.CANCELLED || state == EventState.POSTPONED) {
            e.interrupt(state, reason, now);
        }
        events.save(e);
        return e.id();
    }

    public void update(long id, long seenVersion, EventData data, Actor user) {
        Event e = events.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireEdit(user, e.view());
        if (e.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Event.class, id);
        }
        e.apply(data, Instant.now(clock));
        audit.record(ITEM_TYPE, id, "updated", null);
    }

    public void publish(long id, Actor user) {
        Event e = events.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireEdit(user, e.view());
        e.publish(Instant.now(clock));
        audit.record(ITEM_TYPE, id, "published", null);
        publisher.publishEvent(new EventPublished(id));
    }

    /** Cancels or postpones, with the reason the registrants are told. */
    public void interrupt(long id, EventState to, TranslatableText reason, Actor user) {
        Event e = events.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireEdit(user, e.view());
        e.interrupt(to, reason, Instant.now(clock));
        audit.record(ITEM_TYPE, id, to.code(), reason.in("en").text());
        publisher.publishEvent(to == EventState.CANCELLED ? new EventCancelled(id) : new EventPostponed(id));
    }
}
