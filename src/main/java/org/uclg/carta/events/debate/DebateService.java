package org.uclg.carta.events.debate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.NotFoundException;

/**
 * Debates: signed-in people take positions and reply once-deep; a representative may speak for
 * their local government; anyone signed in reports a contribution, editors hide it with a reason;
 * authors edit within 15 minutes; editors close a debate with a conclusion citing positions.
 */
@Service
@Transactional
public class DebateService {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    private final Debates debates;
    private final Contributions contributions;
    private final EventsPermissions permissions;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    public DebateService(
            Debates debates,
            Contributions contributions,
            EventsPermissions permissions,
            AuditTrail audit,
            DataSource dataSource,
            Clock clock) {
        this.debates = debates;
        this.contributions = contributions;
        this.permissions = permissions;
        this.audit = audit;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DebateView> all() {
        return debates.latestFirst().stream().map(Debate::view).toList();
    }

    @Transactional(readOnly = true)
    public DebateView debate(long id) {
        return debates.findById(id).map(Debate::view).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<ContributionView> contributions(long debateId) {
        return contributions.ofDebate(debateId).stream().map(Contribution::view).toList();
    }

    /** How many times each contribution was reported, for editors. */
    @Transactional(readOnly = true)
    public Map<Long, Long> reports(long debateId) {
        Map<Long, Long> out = new java.util.HashMap<>();
        jdbc.sql("""
                select r.contribution_id, count(*) from contribution_report r
                join contribution c on c.id = r.contribution_id where c.debate_id = ? group by r.contribution_id""")
                .param(debateId)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** Contributions published after this instant may still be corrected by their authors. */
    public Instant editableSince() {
        return Instant.now(clock).minus(EDIT_WINDOW);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long create(DebateData data, Actor user) {
        requireEditor(user);
        Debate d = new Debate(user.username());
        d.apply(data, Instant.now(clock));
        debates.save(d);
        audit.record("debate", d.view().id(), "created", null);
        return d.view().id();
    }

    public void update(long id, long seenVersion, DebateData data, Actor user) {
        requireEditor(user);
        Debate d = debates.findById(id).orElseThrow(NotFoundException::new);
        if (d.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Debate.class, id);
        }
        d.apply(data, Instant.now(clock));
        audit.record("debate", id, "updated", null);
    }

    /** A position (parent null) or a reply to a position; replies to replies attach to the position. */
    public long contribute(
            long debateId,
            Long parentId,
            String body,
            String language,
            Long localGovernmentId,
            Actor user,
            String name) {
        if (!user.signedIn()) {
            throw new AccessDeniedException("Sign in to take part");
        }
        DebateView d = debate(debateId);
        if (!d.open(today())) {
            throw new WorkflowException("debates.error.closed");
        }
        if (localGovernmentId != null && !user.represents(localGovernmentId)) {
            throw new InvalidInputException(Map.of("localGovernmentId", "validation.choice"));
        }
        Long parent = null;
        if (parentId != null) {
            ContributionView p = contributions
                    .findById(parentId)
                    .map(Contribution::view)
                    .filter(c -> c.debateId() == debateId)
                    .orElseThrow(NotFoundException::new);
            parent = p.parentId() == null ? p.id() : p.parentId();
        }
        Contribution c = contributions.save(new Contribution(
                debateId, parent, user.username(), name, localGovernmentId, language, body, Instant.now(clock)));
        return c.view().id();
    }

    /** The author edits within the window; after it, or for anyone else, it is refused. */
    public void edit(long contributionId, String body, String language, Actor user) {
        Contribution c = contributions.findById(contributionId).orElseThrow(NotFoundException::new);
        ContributionView v = c.view();
        if (!user.signedIn() || !v.author().equals(user.username())) {
            throw new AccessDeniedException("Not the author");
        }
        if (v.hidden() || Instant.now(clock).isAfter(v.createdAt().plus(EDIT_WINDOW))) {
            throw new WorkflowException("debates.error.editWindow");
        }
        c.edit(body, language, Instant.now(clock));
    }

    /** Anyone signed in reports a contribution once. */
    public void report(long contributionId, String reason, Actor user) {
        if (!user.signedIn()) {
            throw new AccessDeniedException("Sign in to report");
        }
        contributions.findById(contributionId).orElseThrow(NotFoundException::new);
        jdbc.sql("""
                insert into contribution_report (contribution_id, reporter, reason, reported_at)
                values (?, ?, ?, now()) on conflict do nothing""").params(contributionId, user.username(), reason).update();
    }

    @Transactional(readOnly = true)
    public long contributionDebate(long contributionId) {
        return contributions
                .findById(contributionId)
                .orElseThrow(NotFoundException::new)
                .debateId();
    }

    public long hide(long contributionId, String reason, Actor user) {
        requireEditor(user);
        Contribution c = contributions.findById(contributionId).orElseThrow(NotFoundException::new);
        c.hide(reason, user.username(), Instant.now(clock));
        audit.record("contribution", contributionId, "hidden", reason);
        return c.debateId();
    }

    /** Closes the debate; the conclusion cites positions of this debate that are not hidden. */
    public void conclude(long debateId, TranslatableText text, Set<Long> cited, Actor user) {
        requireEditor(user);
        Debate d = debates.findById(debateId).orElseThrow(NotFoundException::new);
        Set<Long> known = new java.util.HashSet<>();
        contributions(debateId).stream().filter(c -> !c.hidden()).forEach(c -> known.add(c.id()));
        if (!known.containsAll(cited)) {
            throw new InvalidInputException(Map.of("cited", "validation.choice"));
        }
        d.conclude(text, cited, Instant.now(clock));
        audit.record("debate", debateId, "concluded", null);
    }

    private void requireEditor(Actor user) {
        if (!permissions.isEditor(user)) {
            throw new AccessDeniedException("Editors only");
        }
    }
}
