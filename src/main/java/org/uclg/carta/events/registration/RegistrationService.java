package org.uclg.carta.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.events.RegistrationPromoted;
import org.uclg.carta.events.RegistrationReceived;
import org.uclg.carta.events.calendar.Event;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.events.calendar.Events;
import org.uclg.carta.events.calendar.RegistrationMode;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.security.SignedLinks;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.NotFoundException;

/**
 * Registrations with a capacity that holds under concurrency: every change to an event's seats
 * locks the event's row first, so counting the confirmed and taking a seat happen one at a time.
 * A freed seat goes to the longest waiting person, who is told by email.
 */
@Service
@Transactional
public class RegistrationService {

    public static final String LINK_PURPOSE = "registration";

    private final Registrations registrations;
    private final Questions questions;
    private final Events events;
    private final EventsPermissions permissions;
    private final SignedLinks links;
    private final ApplicationEventPublisher publisher;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    public RegistrationService(
            Registrations registrations,
            Questions questions,
            Events events,
            EventsPermissions permissions,
            SignedLinks links,
            ApplicationEventPublisher publisher,
            AuditTrail audit,
            DataSource dataSource,
            Clock clock) {
        this.registrations = registrations;
        this.questions = questions;
        this.events = events;
        this.permissions = permissions;
        this.links = links;
        this.publisher = publisher;
        this.audit = audit;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** Registers, confirmed while seats remain, else on the waiting list; answers the new registration. */
    public RegistrationView register(long eventId, RegistrationData data) {
        Event event = events.lockById(eventId).orElseThrow(NotFoundException::new);
        EventView e = event.view();
        Instant now = Instant.now(clock);
        if (!e.registrationOpen(now)) {
            throw new WorkflowException("events.registration.notOpen");
        }
        if (e.data().registration().mode() == RegistrationMode.INVITATION && !invited(eventId, data.email())) {
            throw new InvalidInputException(Map.of("email", "events.registration.notInvited"));
        }
        if (registrations.live(eventId, data.email()).isPresent()) {
            throw new InvalidInputException(Map.of("email", "events.registration.already"));
        }
        RegistrationState state;
        if (e.data().registration().approval()) {
            state = RegistrationState.PENDING;
        } else {
            state = hasFreeSeat(e) ? RegistrationState.CONFIRMED : RegistrationState.WAITING;
        }
        Registration r = registrations.save(new Registration(eventId, data, state, now));
        publisher.publishEvent(new RegistrationReceived(r.id()));
        return r.view();
    }

    /** Demo content and the benchmark: a registration recorded without its emails, seated while seats remain. */
    public RegistrationView registerQuietly(long eventId, RegistrationData data, Instant at) {
        EventView e =
                events.lockById(eventId).orElseThrow(NotFoundException::new).view();
        RegistrationState state = hasFreeSeat(e) ? RegistrationState.CONFIRMED : RegistrationState.WAITING;
        return registrations.save(new Registration(eventId, data, state, at)).view();
    }

    private boolean hasFreeSeat(EventView e) {
        Integer capacity = e.data().registration().capacity();
        return capacity == null || registrations.countByEventIdAndState(e.id(), RegistrationState.CONFIRMED) < capacity;
    }

    /** Cancels through the signed link of the confirmation email; a freed seat goes to the next waiting. */
    public RegistrationView cancelWithLink(long registrationId, String token) {
        if (!links.verify(LINK_PURPOSE, registrationId, token)) {
            throw new NotFoundException();
        }
        return cancel(lockedRegistration(registrationId), null);
    }

    /** An organiser cancels someone's registration. */
    public RegistrationView cancelAsOrganiser(long registrationId, Actor user) {
        Registration r = lockedRegistration(registrationId);
        permissions.requireRunRegistrations(user, event(r.eventId()));
        return cancel(r, user);
    }

    /**
     * The registration, read after its event's row is locked: read before, it could be another
     * transaction's cancellation or promotion behind.
     */
    private Registration lockedRegistration(long registrationId) {
        Long eventId = jdbc.sql("select event_id from registration where id = ?")
                .param(registrationId)
                .query(Long.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        events.lockById(eventId).orElseThrow(NotFoundException::new);
        return registrations.findById(registrationId).orElseThrow(NotFoundException::new);
    }

    private RegistrationView cancel(Registration r, Actor user) {
        r.cancel(Instant.now(clock));
        registrations.flush();
        audit.record("registration", r.id(), "cancelled", user == null ? "by the registrant" : null);
        fillFreeSeats(r.eventId());
        return r.view();
    }

    /** An organiser approves a registration awaiting approval: a seat if one is free, else the waiting list. */
    public RegistrationView approve(long registrationId, Actor user) {
        Registration r = lockedRegistration(registrationId);
        EventView e = event(r.eventId());
        permissions.requireRunRegistrations(user, e);
        if (r.state() != RegistrationState.PENDING) {
            throw new WorkflowException("workflow.transition.invalid");
        }
        if (hasFreeSeat(e)) {
            r.confirm(Instant.now(clock), false);
            publisher.publishEvent(new RegistrationPromoted(r.id()));
        } else {
            r.waitForSeat();
        }
        audit.record("registration", r.id(), "approved", null);
        return r.view();
    }

    /** Gives free seats (after a cancellation, or a larger capacity) to the longest waiting, one each. */
    public int fillFreeSeats(long eventId) {
        Event event = events.lockById(eventId).orElseThrow(NotFoundException::new);
        Integer capacity = event.view().data().registration().capacity();
        long confirmed = registrations.countByEventIdAndState(eventId, RegistrationState.CONFIRMED);
        int free = capacity == null ? Integer.MAX_VALUE : (int) Math.max(0, capacity - confirmed);
        if (free == 0) {
            return 0;
        }
        List<Registration> next = registrations.nextWaiting(eventId, Limit.of(Math.min(free, 1_000)));
        Instant now = Instant.now(clock);
        for (Registration w : next) {
            w.confirm(now, true);
            publisher.publishEvent(new RegistrationPromoted(w.id()));
        }
        return next.size();
    }

    @Transactional(readOnly = true)
    public RegistrationView withLink(long registrationId, String token) {
        return owned(registrationId, token).view();
    }

    private Registration owned(long registrationId, String token) {
        if (!links.verify(LINK_PURPOSE, registrationId, token)) {
            throw new NotFoundException();
        }
        return registrations.findById(registrationId).orElseThrow(NotFoundException::new);
    }

    /** The token of a registration's own link, as its emails carry it. */
    public String linkToken(long registrationId) {
        return links.sign(LINK_PURPOSE, registrationId);
    }

    /** Where a waiting registration stands in the queue, from 1; 0 for any other. */
    @Transactional(readOnly = true)
    public long waitingPosition(RegistrationView r) {
        if (r.state() != RegistrationState.WAITING) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from registration where event_id = ? and state = 'WAITING'
                and (created_at, id) <= (?, ?)""")
                .params(r.eventId(), java.sql.Timestamp.from(r.createdAt()), r.id())
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationView> find(long registrationId) {
        return registrations.findById(registrationId).map(Registration::view);
    }

    @Transactional(readOnly = true)
    public Seats seats(EventView e) {
        return seats(List.of(e.id())).getOrDefault(e.id(), Seats.NONE).withCapacity(e);
    }

    /** The figures of several events in one query (a page of the calendar, of the API). */
    @Transactional(readOnly = true)
    public Map<Long, Seats> seats(Collection<Long> eventIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!eventIds.isEmpty()) {
            for (Object[] row : registrations.counts(eventIds)) {
                long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
                RegistrationState s = (RegistrationState) row[1];
                long n = (Long) row[2];
                switch (s) {
                    case CONFIRMED -> c[0] = n;
                    case WAITING -> c[1] = n;
                    case PENDING -> c[2] = n;
                    default -> {}
                }
            }
        }
        Map<Long, Seats> out = new HashMap<>();
        counts.forEach((id, c) -> out.put(id, new Seats(null, c[0], c[1], c[2])));
        return out;
    }

    /** The registrants of an event, for its organisers. */
    @Transactional(readOnly = true)
    public List<RegistrationView> registrants(EventView e, Actor user) {
        permissions.requireRunRegistrations(user, e);
        return registrations.ofEvent(e.id()).stream().map(Registration::view).toList();
    }

    @Transactional(readOnly = true)
    public List<RegistrationView> liveRegistrants(long eventId) {
        return registrations.liveOfEvent(eventId).stream()
                .map(Registration::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public void eachRegistrant(EventView e, Actor user, java.util.function.Consumer<RegistrationView> row) {
        permissions.requireRunRegistrations(user, e);
        try (var all = registrations.streamOfEvent(e.id())) {
            all.forEach(r -> row.accept(r.view()));
        }
    }

    @Transactional(readOnly = true)
    public List<QuestionView> questions(long eventId) {
        return questions.findByEventIdOrderByPositionAscIdAsc(eventId).stream()
                .map(Question::view)
                .toList();
    }

    public void addQuestion(EventView e, QuestionData q, Actor user) {
        permissions.requireEdit(user, e);
        int position = questions(e.id()).size();
        questions.save(new Question(e.id(), position, q.type(), q.label(), q.choices(), q.required()));
    }

    public void removeQuestion(EventView e, long questionId, Actor user) {
        permissions.requireEdit(user, e);
        Question q = questions
                .findById(questionId)
                .filter(x -> x.eventId() == e.id())
                .orElseThrow(NotFoundException::new);
        questions.delete(q);
    }

    /** Replaces who may register to an invitation-only event. */
    public void invite(EventView e, Collection<String> emails, Actor user) {
        permissions.requireEdit(user, e);
        jdbc.sql("delete from event_invitation where event_id = ?")
                .param(e.id())
                .update();
        for (String email : emails) {
            jdbc.sql("insert into event_invitation (event_id, email) values (?, ?) on conflict do nothing")
                    .params(e.id(), email.toLowerCase(Locale.ROOT))
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public List<String> invited(long eventId) {
        return jdbc.sql("select email from event_invitation where event_id = ? order by email")
                .param(eventId)
                .query(String.class)
                .list();
    }

    private boolean invited(long eventId, String email) {
        return jdbc.sql("select count(*) from event_invitation where event_id = ? and email = ?")
                        .params(eventId, email.toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private EventView event(long id) {
        return events.findById(id).map(Event::view).orElseThrow(NotFoundException::new);
    }
}
