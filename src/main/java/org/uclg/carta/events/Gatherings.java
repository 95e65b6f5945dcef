package org.uclg.carta.events;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;

/**
 * What other modules may ask of events: the public events and Forum sessions whose title has the
 * words, one public event with what it is tagged with, and the registrations of a person.
 */
@Component
public class Gatherings {

    private static final TranslatableTextConverter TEXT = new TranslatableTextConverter();

    private final JdbcClient jdbc;

    Gatherings(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** An event or a session as the site search lists it; the path is after the language prefix. */
    public record Found(TranslatableText title, String path, java.time.Instant startsAt) {}

    /** Latest first; the words are matched in any language, accents and case aside. */
    public List<Found> search(String words, int limit) {
        String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select title::text, '/events/' || id, starts_at from event
                where state <> 'DRAFT' and unaccent((select string_agg(value, ' ') from jsonb_each_text(title))) ilike unaccent(:like)
                union all
                select s.title::text, '/forum/sessions/' || s.id, s.starts_at from forum_session s
                join event e on e.id = s.event_id
                where s.published and e.state <> 'DRAFT' and unaccent((select string_agg(value, ' ') from jsonb_each_text(s.title))) ilike unaccent(:like)
                order by 3 desc limit :limit""")
                .param("like", like)
                .param("limit", limit)
                .query((rs, n) -> new Found(
                        TEXT.convertToEntityAttribute(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** A public event: its organising local governments and articles say who follows it. */
    public record Gathering(
            long id,
            TranslatableText title,
            String path,
            Instant startsAt,
            String state,
            long version,
            Set<Long> localGovernmentIds,
            Set<Long> articleIds) {}

    /** The event if it is public (not a draft). */
    public Optional<Gathering> event(long id) {
        return jdbc.sql("select title::text, starts_at, state, version from event where id = ? and state <> 'DRAFT'")
                .param(id)
                .query((rs, n) -> new Gathering(
                        id,
                        TEXT.convertToEntityAttribute(rs.getString(1)),
                        "/events/" + id,
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3).toLowerCase(java.util.Locale.ROOT),
                        rs.getLong(4),
                        new HashSet<>(
                                jdbc.sql("select party_id from event_organiser where event_id = ? and party = 'lg'")
                                        .param(id)
                                        .query(Long.class)
                                        .list()),
                        new HashSet<>(jdbc.sql("select article_id from event_article where event_id = ?")
                                .param(id)
                                .query(Long.class)
                                .list())))
                .optional();
    }

    /**
     * A person's live registration.
     *
     * @param state confirmed, waiting or pending
     */
    public record Seat(
            long registrationId,
            long eventId,
            String email,
            String accountEmail,
            String state,
            TranslatableText eventTitle,
            String eventPath,
            Instant startsAt) {}

    /** A registration that is not cancelled, with its event. */
    public Optional<Seat> registration(long registrationId) {
        return jdbc.sql(SEATS + " where r.id = ? and r.state <> 'CANCELLED'")
                .param(registrationId)
                .query(Gatherings::seat)
                .optional();
    }

    /** The live registrations made by a signed-in person (or to their address) for events not yet over. */
    public List<Seat> upcomingRegistrationsOf(String email, Instant now) {
        return jdbc.sql(SEATS + "\n" + """
                 where (lower(r.account_email) = lower(:email) or lower(r.email) = lower(:email))
                 and r.state <> 'CANCELLED' and e.state <> 'DRAFT' and e.ends_at >= :now
                 order by e.starts_at, r.id limit 50""")
                .param("email", email)
                .param("now", java.sql.Timestamp.from(now))
                .query(Gatherings::seat)
                .list();
    }

    private static final String SEATS = """
            select r.id, r.event_id, r.email, r.account_email, r.state, e.title::text, e.starts_at
            from registration r join event e on e.id = r.event_id""";

    private static Seat seat(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Seat(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5).toLowerCase(java.util.Locale.ROOT),
                TEXT.convertToEntityAttribute(rs.getString(6)),
                "/events/" + rs.getLong(2),
                rs.getTimestamp(7).toInstant());
    }

    /**
     * Something that waits for a person in the meeting point.
     *
     * @param kind proposal-review (a Forum proposal they were invited to score) or moderation (a
     *     reported contribution the secretariat has not hidden)
     * @param title the proposal's title or the debate's question, as written
     */
    public record Task(String kind, TranslatableText title, String path) {}

    /** Proposals the person reviews and has not scored; for the secretariat, reported contributions too. */
    public List<Task> tasksOf(String email, boolean secretariat) {
        List<Task> tasks = new java.util.ArrayList<>(jdbc.sql("""
                select p.id, p.title, p.language from proposal p
                join proposal_reviewer v on v.event_id = p.event_id and lower(v.account) = lower(:email)
                where p.state = 'SUBMITTED'
                and not exists (select 1 from proposal_review r where r.proposal_id = p.id and lower(r.reviewer) = lower(:email))
                order by p.created_at limit 50""")
                .param("email", email)
                .query((rs, n) -> new Task(
                        "proposal-review",
                        TranslatableText.of(java.util.Map.of(rs.getString(3), rs.getString(2))),
                        "/forum/proposals/" + rs.getLong(1)))
                .list());
        if (secretariat) {
            tasks.addAll(jdbc.sql("""
                    select distinct c.id, d.question::text, c.debate_id from contribution c
                    join contribution_report r on r.contribution_id = c.id
                    join debate d on d.id = c.debate_id
                    where c.hidden_at is null order by c.id limit 50""")
                    .query((rs, n) -> new Task(
                            "moderation",
                            TEXT.convertToEntityAttribute(rs.getString(2)),
                            "/debates/" + rs.getLong(3) + "#contribution-" + rs.getLong(1)))
                    .list());
        }
        return tasks;
    }

    /** The next public events not yet over, soonest first (a newsletter's block, the home page). */
    public List<Found> upcoming(Instant now, int limit) {
        return jdbc.sql("""
                select title::text, '/events/' || id, starts_at from event
                where state = 'PUBLISHED' and ends_at >= :now order by starts_at, id limit :limit""")
                .param("now", java.sql.Timestamp.from(now))
                .param("limit", Math.max(0, Math.min(limit, 50)))
                .query((rs, n) -> new Found(
                        TEXT.convertToEntityAttribute(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** The next public events of one kind (the code of the calendar filter: learning, meeting...), soonest first. */
    public List<Found> upcoming(Instant now, String kind, int limit) {
        return jdbc.sql("""
                select title::text, '/events/' || id, starts_at from event
                where state = 'PUBLISHED' and ends_at >= :now and kind = upper(:kind) order by starts_at, id limit :limit""")
                .param("now", java.sql.Timestamp.from(now))
                .param("kind", kind)
                .param("limit", Math.max(0, Math.min(limit, 50)))
                .query((rs, n) -> new Found(
                        TEXT.convertToEntityAttribute(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** A policy debate open for contributions. */
    public record OpenDebate(TranslatableText question, String path, java.time.LocalDate closesOn) {}

    /** Debates open on that day and not concluded, closing soonest first. */
    public List<OpenDebate> openDebates(java.time.LocalDate today, int limit) {
        return jdbc.sql("""
                select question::text, id, closes_on from debate
                where opens_on <= :today and closes_on >= :today and concluded_at is null
                order by closes_on, id limit :limit""")
                .param("today", today)
                .param("limit", Math.max(0, Math.min(limit, 50)))
                .query((rs, n) -> new OpenDebate(
                        TEXT.convertToEntityAttribute(rs.getString(1)),
                        "/debates/" + rs.getLong(2),
                        rs.getDate(3).toLocalDate()))
                .list();
    }

    /** Any policy debate, open or not (all debates are public). */
    public Optional<OpenDebate> debate(long id) {
        return jdbc.sql("select question::text, id, closes_on from debate where id = ?")
                .param(id)
                .query((rs, n) -> new OpenDebate(
                        TEXT.convertToEntityAttribute(rs.getString(1)),
                        "/debates/" + rs.getLong(2),
                        rs.getDate(3).toLocalDate()))
                .optional();
    }
}
