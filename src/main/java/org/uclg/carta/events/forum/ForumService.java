package org.uclg.carta.events.forum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.events.calendar.EventKind;
import org.uclg.carta.events.calendar.EventService;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.security.SignedLinks;
import org.uclg.carta.kit.web.NotFoundException;

/**
 * Forum editions' programmes: rooms, tracks, sessions and speakers, the timetable of each day and
 * each person's own agenda. Unpublished sessions are seen by the secretariat only.
 */
@Service
@Transactional
public class ForumService {

    public static final String AGENDA_LINK = "agenda";

    private final EventService events;
    private final Rooms rooms;
    private final Tracks tracks;
    private final Speakers speakers;
    private final Sessions sessions;
    private final EventsPermissions permissions;
    private final SignedLinks links;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ForumService(
            EventService events,
            Rooms rooms,
            Tracks tracks,
            Speakers speakers,
            Sessions sessions,
            EventsPermissions permissions,
            SignedLinks links,
            AuditTrail audit,
            DataSource dataSource,
            Clock clock) {
        this.events = events;
        this.rooms = rooms;
        this.tracks = tracks;
        this.speakers = speakers;
        this.sessions = sessions;
        this.permissions = permissions;
        this.links = links;
        this.audit = audit;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** A Forum edition this viewer may see; any other event is not an edition. */
    @Transactional(readOnly = true)
    public EventView edition(long eventId, Actor viewer) {
        EventView e = events.visible(eventId, viewer);
        if (e.kind() != EventKind.FORUM) {
            throw new NotFoundException();
        }
        return e;
    }

    /** The editions, latest first. */
    @Transactional(readOnly = true)
    public List<EventView> editions() {
        var filters = new org.uclg.carta.events.calendar.CalendarFilters();
        filters.setKind("forum");
        List<EventView> all = new ArrayList<>(events.feed(filters, 100));
        filters.setWhen("past");
        all.addAll(events.feed(filters, 100));
        all.sort(java.util.Comparator.comparing((EventView e) -> e.data().startsAt())
                .reversed());
        return all;
    }

    @Transactional(readOnly = true)
    public List<Timetable.RoomColumn> rooms(long eventId) {
        return rooms.ofEdition(eventId).stream()
                .map(r -> new Timetable.RoomColumn(r.id(), r.name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, TranslatableText> tracks(long eventId) {
        Map<Long, TranslatableText> out = new LinkedHashMap<>();
        tracks.ofEdition(eventId).forEach(t -> out.put(t.id(), t.name()));
        return out;
    }

    /** The programme this viewer may see, in time order. */
    @Transactional(readOnly = true)
    public List<SessionView> programme(EventView edition, Actor viewer) {
        boolean editor = permissions.isEditor(viewer);
        return sessions.ofEdition(edition.id()).stream()
                .map(ForumSession::view)
                .filter(s -> s.data().published() || editor)
                .toList();
    }

    /** The sessions of one day of the programme (in the edition's zone) this viewer may see. */
    @Transactional(readOnly = true)
    public List<SessionView> day(EventView edition, LocalDate day, Actor viewer) {
        boolean editor = permissions.isEditor(viewer);
        Instant from = day.atStartOfDay(edition.zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(edition.zone()).toInstant();
        return sessions.between(edition.id(), from, to).stream()
                .map(ForumSession::view)
                .filter(s -> s.data().published() || editor)
                .toList();
    }

    /** The days with sessions and how many sessions there are, without loading them. */
    @Transactional(readOnly = true)
    public Outline outline(EventView edition, Actor viewer) {
        boolean editor = permissions.isEditor(viewer);
        List<LocalDate> days = jdbc.sql("""
                select distinct (starts_at at time zone ?)::date from forum_session
                where event_id = ? and (published or ?) order by 1""")
                .params(edition.zone().getId(), edition.id(), editor)
                .query(LocalDate.class)
                .list();
        long count = jdbc.sql("select count(*) from forum_session where event_id = ? and (published or ?)")
                .params(edition.id(), editor)
                .query(Long.class)
                .single();
        if (days.isEmpty()) {
            days = days(edition, List.of());
        }
        return new Outline(days, count);
    }

    public record Outline(List<LocalDate> days, long sessions) {}

    /** The days the programme covers, in the edition's zone; the edition's own days when it has none yet. */
    public static List<LocalDate> days(EventView edition, List<SessionView> programme) {
        ZoneId zone = edition.zone();
        TreeSet<LocalDate> days = new TreeSet<>();
        programme.forEach(s -> days.add(s.data().startsAt().atZone(zone).toLocalDate()));
        if (days.isEmpty()) {
            for (LocalDate d = edition.start().toLocalDate();
                    !d.isAfter(edition.end().toLocalDate()) && days.size() < 14;
                    d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return List.copyOf(days);
    }

    @Transactional(readOnly = true)
    public SessionView session(long id, Actor viewer) {
        SessionView s = sessions.findById(id).map(ForumSession::view).orElseThrow(NotFoundException::new);
        if (!s.data().published() && !permissions.isEditor(viewer)) {
            throw new NotFoundException();
        }
        edition(s.eventId(), viewer);
        return s;
    }

    @Transactional(readOnly = true)
    public SpeakerView speaker(long id) {
        return speakers.findById(id).map(Speaker::view).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<SessionView> sessionsOf(long speakerId) {
        return sessions.publishedWithSpeaker(speakerId).stream()
                .map(ForumSession::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, SpeakerView> speakers(Collection<SessionView> of) {
        List<Long> ids = of.stream()
                .flatMap(s -> s.data().speakers().stream())
                .map(SessionSpeaker::speakerId)
                .distinct()
                .toList();
        Map<Long, SpeakerView> out = new LinkedHashMap<>();
        speakers.findAllById(ids).forEach(s -> out.put(s.view().id(), s.view()));
        return out;
    }

    @Transactional(readOnly = true)
    public List<SpeakerView> allSpeakers() {
        return speakers.byName().stream().map(Speaker::view).toList();
    }

    /** Speakers with at least one published session: the public speaker pages. */
    @Transactional(readOnly = true)
    public List<Long> publicSpeakerIds() {
        return jdbc.sql("""
                select distinct p.speaker_id from forum_session_speaker p
                join forum_session s on s.id = p.session_id where s.published""").query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public List<Long> publicSessionIds() {
        return sessions.publishedIds();
    }

    public long createSession(EventView edition, SessionData data, Actor user) {
        permissions.requireEdit(user, edition);
        ForumSession s = new ForumSession(edition.id());
        s.apply(data, Instant.now(clock));
        sessions.save(s);
        audit.record("forum-session", s.view().id(), "created", null);
        return s.view().id();
    }

    public void updateSession(long id, long seenVersion, SessionData data, Actor user) {
        ForumSession s = sessions.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireEdit(user, edition(s.view().eventId(), user));
        if (s.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(ForumSession.class, id);
        }
        s.apply(data, Instant.now(clock));
        audit.record("forum-session", id, "updated", null);
    }

    public long createSpeaker(String name, String affiliation, TranslatableText biography, Actor user) {
        if (!permissions.isEditor(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Editors only");
        }
        Speaker s = speakers.save(new Speaker(name, affiliation, biography, Instant.now(clock)));
        return s.view().id();
    }

    public void updateSpeaker(long id, String name, String affiliation, TranslatableText biography, Actor user) {
        if (!permissions.isEditor(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Editors only");
        }
        speakers.findById(id)
                .orElseThrow(NotFoundException::new)
                .apply(name, affiliation, biography, Instant.now(clock));
    }

    /** Replaces the rooms and tracks, keeping those whose place in the list is unchanged (and the sessions in them). */
    public void setUp(EventView edition, List<String> roomNames, List<TranslatableText> trackNames, Actor user) {
        permissions.requireEdit(user, edition);
        List<Room> oldRooms = rooms.ofEdition(edition.id());
        for (int i = 0; i < roomNames.size(); i++) {
            if (i < oldRooms.size()) {
                oldRooms.get(i).rename(roomNames.get(i), i);
            } else {
                rooms.save(new Room(edition.id(), roomNames.get(i), i));
            }
        }
        rooms.deleteAll(oldRooms.subList(Math.min(roomNames.size(), oldRooms.size()), oldRooms.size()));
        List<Track> oldTracks = tracks.ofEdition(edition.id());
        for (int i = 0; i < trackNames.size(); i++) {
            if (i < oldTracks.size()) {
                oldTracks.get(i).rename(trackNames.get(i), i);
            } else {
                tracks.save(new Track(edition.id(), trackNames.get(i), i));
            }
        }
        tracks.deleteAll(oldTracks.subList(Math.min(trackNames.size(), oldTracks.size()), oldTracks.size()));
    }

    /** Marks or unmarks a session in the signed-in person's agenda; answers whether it is now marked. */
    public boolean toggleAgenda(long sessionId, Actor user) {
        session(sessionId, user);
        int removed = jdbc.sql("delete from agenda_mark where account = ? and session_id = ?")
                .params(user.username(), sessionId)
                .update();
        if (removed == 0) {
            jdbc.sql(
                            "insert into agenda_mark (account, session_id, marked_at) values (?, ?, now()) on conflict do nothing")
                    .params(user.username(), sessionId)
                    .update();
            return true;
        }
        return false;
    }

    @Transactional(readOnly = true)
    public List<Long> agendaIds(String account) {
        return jdbc.sql("select session_id from agenda_mark where account = ?")
                .param(account)
                .query(Long.class)
                .list();
    }

    /** The published sessions someone marked, in time order. */
    @Transactional(readOnly = true)
    public List<SessionView> agenda(String account) {
        List<Long> ids = agendaIds(account);
        return ids.isEmpty()
                ? List.of()
                : sessions.byIds(ids).stream()
                        .map(ForumSession::view)
                        .filter(s -> s.data().published())
                        .toList();
    }

    /** The private token of someone's agenda feed. */
    public String agendaToken(String account) {
        return links.sign(AGENDA_LINK, account);
    }

    public Optional<String> agendaAccount(String account, String token) {
        return links.verify(AGENDA_LINK, account, token) ? Optional.of(account) : Optional.empty();
    }
}
