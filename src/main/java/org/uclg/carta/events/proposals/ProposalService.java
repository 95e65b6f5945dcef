package org.uclg.carta.events.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.events.ProposalDecided;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.events.forum.ForumService;
import org.uclg.carta.events.forum.SessionData;
import org.uclg.carta.events.forum.SessionFormat;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.NotFoundException;

/**
 * The call for proposals of a Forum edition: the secretariat opens it and invites reviewers;
 * signed-in people (for themselves, or for the local government they represent) submit; each
 * reviewer scores without seeing the others' scores until they have scored; the secretariat
 * accepts (the proposal becomes a draft session of the programme) or rejects, and the proposer is told.
 */
@Service
@Transactional
public class ProposalService {

    private static final TranslatableTextConverter TEXT = new TranslatableTextConverter();

    private final ForumService forum;
    private final EventsPermissions permissions;
    private final ApplicationEventPublisher publisher;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ProposalService(
            ForumService forum,
            EventsPermissions permissions,
            ApplicationEventPublisher publisher,
            AuditTrail audit,
            DataSource dataSource,
            Clock clock) {
        this.forum = forum;
        this.permissions = permissions;
        this.publisher = publisher;
        this.audit = audit;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Optional<CallView> call(long eventId) {
        return jdbc.sql(
                        "select event_id, opens_on, closes_on, formats, guidance::text from forum_call where event_id = ?")
                .param(eventId)
                .query((rs, n) -> new CallView(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate(),
                        Arrays.stream(rs.getString(4).split(","))
                                .filter(s -> !s.isBlank())
                                .toList(),
                        TEXT.convertToEntityAttribute(rs.getString(5))))
                .optional();
    }

    public void openCall(
            EventView edition,
            LocalDate opens,
            LocalDate closes,
            Collection<SessionFormat> formats,
            TranslatableText guidance,
            Actor user) {
        permissions.requireEdit(user, edition);
        String codes =
                String.join(",", formats.stream().map(SessionFormat::code).toList());
        jdbc.sql("""
                insert into forum_call (event_id, opens_on, closes_on, formats, guidance) values (?, ?, ?, ?, ?::jsonb)
                on conflict (event_id) do update set opens_on = excluded.opens_on, closes_on = excluded.closes_on,
                  formats = excluded.formats, guidance = excluded.guidance""")
                .params(edition.id(), opens, closes, codes, TEXT.convertToDatabaseColumn(guidance))
                .update();
        audit.record("forum-call", edition.id(), "opened", opens + " – " + closes);
    }

    /** Submits a proposal while the call is open; answers its id. */
    public long submit(EventView edition, ProposalData d, Actor user, String name, String mailLanguage) {
        if (!user.signedIn()) {
            throw new AccessDeniedException("Sign in to submit");
        }
        CallView call = call(edition.id()).orElseThrow(NotFoundException::new);
        if (!call.open(today())) {
            throw new WorkflowException("proposals.error.closed");
        }
        if (!call.formats().contains(d.format().code())) {
            throw new InvalidInputException(Map.of("format", "validation.choice"));
        }
        if (d.localGovernmentId() != null && !user.represents(d.localGovernmentId())) {
            throw new InvalidInputException(Map.of("localGovernmentId", "validation.choice"));
        }
        if (d.trackId() != null && !forum.tracks(edition.id()).containsKey(d.trackId())) {
            throw new InvalidInputException(Map.of("trackId", "validation.choice"));
        }
        long id = jdbc.sql("""
                insert into proposal (event_id, title, abstract, format, track_id, language, speakers, proposer,
                  proposer_name, mail_language, local_government_id, state, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?) returning id""")
                .params(
                        edition.id(),
                        d.title(),
                        d.summary(),
                        d.format().name(),
                        d.trackId(),
                        d.language(),
                        d.speakers(),
                        user.username(),
                        name,
                        mailLanguage,
                        d.localGovernmentId(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        for (Long a : d.articleIds()) {
            jdbc.sql("insert into proposal_article (proposal_id, article_id) values (?, ?) on conflict do nothing")
                    .params(id, a)
                    .update();
        }
        return id;
    }

    @Transactional(readOnly = true)
    public List<ProposalView> ofEdition(long eventId) {
        return jdbc.sql(SELECT + " where p.event_id = ? order by p.created_at, p.id")
                .param(eventId)
                .query(this::row)
                .list();
    }

    @Transactional(readOnly = true)
    public List<ProposalView> mine(long eventId, Actor user) {
        if (!user.signedIn()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.event_id = ? and p.proposer = ? order by p.created_at")
                .params(eventId, user.username())
                .query(this::row)
                .list();
    }

    /** A proposal for its proposer, its edition's reviewers and the secretariat; "not found" for anyone else. */
    @Transactional(readOnly = true)
    public ProposalView visible(long id, Actor user) {
        ProposalView p = jdbc.sql(SELECT + " where p.id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .orElseThrow(NotFoundException::new);
        if (!(permissions.isEditor(user)
                || (user.signedIn() && user.username().equals(p.proposer()))
                || isReviewer(p.eventId(), user))) {
            throw new NotFoundException();
        }
        return p;
    }

    @Transactional(readOnly = true)
    public boolean isReviewer(long eventId, Actor user) {
        return user.signedIn()
                && jdbc.sql("select count(*) from proposal_reviewer where event_id = ? and account = ?")
                                .params(eventId, user.username().toLowerCase(Locale.ROOT))
                                .query(Long.class)
                                .single()
                        > 0;
    }

    @Transactional(readOnly = true)
    public List<String> reviewers(long eventId) {
        return jdbc.sql("select account from proposal_reviewer where event_id = ? order by account")
                .param(eventId)
                .query(String.class)
                .list();
    }

    public void inviteReviewers(EventView edition, Collection<String> accounts, Actor user) {
        permissions.requireEdit(user, edition);
        jdbc.sql("delete from proposal_reviewer where event_id = ?")
                .param(edition.id())
                .update();
        for (String a : accounts) {
            jdbc.sql("insert into proposal_reviewer (event_id, account) values (?, ?) on conflict do nothing")
                    .params(edition.id(), a.toLowerCase(Locale.ROOT))
                    .update();
        }
    }

    /** Scores (1 to 5) or rescores while the proposal is undecided. */
    public void review(long proposalId, int score, String comment, Actor user) {
        ProposalView p = visible(proposalId, user);
        if (!isReviewer(p.eventId(), user)) {
            throw new AccessDeniedException("Not a reviewer of this edition");
        }
        if (p.decided()) {
            throw new WorkflowException("workflow.transition.invalid");
        }
        if (score < 1 || score > 5) {
            throw new InvalidInputException(Map.of("score", "validation.choice"));
        }
        jdbc.sql("""
                insert into proposal_review (proposal_id, reviewer, score, comment, reviewed_at) values (?, ?, ?, ?, ?)
                on conflict (proposal_id, reviewer) do update set score = excluded.score, comment = excluded.comment,
                  reviewed_at = excluded.reviewed_at""")
                .params(
                        proposalId,
                        user.username().toLowerCase(Locale.ROOT),
                        score,
                        comment,
                        Timestamp.from(Instant.now(clock)))
                .update();
    }

    /**
     * The reviews this person may read: the secretariat all of them; a reviewer their own, and
     * the others' once they have scored; the proposer none.
     */
    @Transactional(readOnly = true)
    public List<Review> reviews(ProposalView p, Actor user) {
        List<Review> all = jdbc.sql(
                        "select reviewer, score, comment, reviewed_at from proposal_review where proposal_id = ? order by reviewed_at")
                .param(p.id())
                .query((rs, n) -> new Review(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        if (permissions.isEditor(user)) {
            return all;
        }
        if (!isReviewer(p.eventId(), user)) {
            return List.of();
        }
        String me = user.username().toLowerCase(Locale.ROOT);
        boolean scored = all.stream().anyMatch(r -> r.reviewer().equals(me));
        return scored ? all : List.of();
    }

    @Transactional(readOnly = true)
    public Map<Long, Double> averages(long eventId) {
        Map<Long, Double> out = new java.util.HashMap<>();
        jdbc.sql("""
                select r.proposal_id, avg(r.score) from proposal_review r join proposal p on p.id = r.proposal_id
                where p.event_id = ? group by r.proposal_id""")
                .param(eventId)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getDouble(2)))
                .list();
        return out;
    }

    /** Accepts (a draft session is added to the programme, at the edition's start, to be placed) or rejects. */
    public void decide(long proposalId, boolean accept, Actor user) {
        ProposalView p = visible(proposalId, user);
        EventView edition = forum.edition(p.eventId(), user);
        permissions.requireEdit(user, edition);
        if (p.decided()) {
            throw new WorkflowException("workflow.transition.invalid");
        }
        Long session = null;
        if (accept) {
            SessionFormat format = SessionFormat.valueOf(p.format());
            session = forum.createSession(
                    edition,
                    new SessionData(
                            format,
                            false,
                            TranslatableText.of(Map.of(p.language(), p.title())),
                            TranslatableText.of(Map.of(p.language(), p.summary())),
                            edition.data().startsAt(),
                            edition.data().startsAt().plusSeconds(5_400),
                            null,
                            p.trackId(),
                            Set.of(p.language()),
                            Set.of(),
                            List.of(),
                            null,
                            null),
                    user);
        }
        jdbc.sql(
                        "update proposal set state = ?, decided_at = ?, session_id = ?, version = version + 1 where id = ? and state = 'SUBMITTED'")
                .params(accept ? "ACCEPTED" : "REJECTED", Timestamp.from(Instant.now(clock)), session, proposalId)
                .update();
        audit.record("proposal", proposalId, accept ? "accepted" : "rejected", null);
        publisher.publishEvent(new ProposalDecided(proposalId, accept));
    }

    @Transactional(readOnly = true)
    public Optional<ProposalView> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::row).optional();
    }

    private static final String SELECT = """
            select p.id, p.event_id, p.title, p.abstract, p.format, p.track_id, p.language, p.speakers, p.proposer,
              p.proposer_name, p.mail_language, p.local_government_id, p.state, p.session_id, p.created_at, p.decided_at,
              coalesce((select array_agg(a.article_id) from proposal_article a where a.proposal_id = p.id), '{}')
            from proposal p""";

    private ProposalView row(ResultSet rs, int n) throws SQLException {
        Long[] articles = (Long[]) rs.getArray(17).getArray();
        return new ProposalView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                (Long) rs.getObject(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                (Long) rs.getObject(12),
                rs.getString(13),
                (Long) rs.getObject(14),
                rs.getTimestamp(15).toInstant(),
                rs.getTimestamp(16) == null ? null : rs.getTimestamp(16).toInstant(),
                Set.of(articles));
    }
}
