package org.uclg.carta.newsletter.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;

/** Newsletter issues: written and scheduled by editors, frozen and sent by the sender, then archived. */
@Service
public class Issues {

    public static final String ITEM_TYPE = "newsletter_issue";
    static final TranslatableTextConverter TEXT = new TranslatableTextConverter();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Issues(DataSource dataSource, AuditTrail audit, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(IssueData d, Actor editor) {
        long id = jdbc.sql("""
                insert into newsletter_issue (subject, body, latest_resources, upcoming_events, state, created_by, created_at)
                values (?::jsonb, ?::jsonb, ?, ?, 'draft', ?, ?) returning id""")
                .params(
                        TEXT.convertToDatabaseColumn(d.subject()),
                        TEXT.convertToDatabaseColumn(d.body()),
                        d.latestResources(),
                        d.upcomingEvents(),
                        editor.username(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(ITEM_TYPE, id, "created", null);
        return id;
    }

    /** Saves over the version the editor saw; someone else's save in between is a conflict. */
    @Transactional
    public void update(long id, long seenVersion, IssueData d) {
        IssueView i = find(id);
        if (!i.editable()) {
            throw new WorkflowException("newsletter.error.notEditable");
        }
        int changed = jdbc.sql("""
                update newsletter_issue set subject = ?::jsonb, body = ?::jsonb, latest_resources = ?, upcoming_events = ?,
                    version = version + 1
                where id = ? and version = ? and state in ('draft', 'scheduled')""")
                .params(
                        TEXT.convertToDatabaseColumn(d.subject()),
                        TEXT.convertToDatabaseColumn(d.body()),
                        d.latestResources(),
                        d.upcomingEvents(),
                        id,
                        seenVersion)
                .update();
        if (changed == 0) {
            throw new ObjectOptimisticLockingFailureException("newsletter_issue", id);
        }
        audit.record(ITEM_TYPE, id, "updated", null);
    }

    /** Schedules the issue (now or later); the sender starts it at that time. */
    @Transactional
    public void schedule(long id, Instant at) {
        int changed = jdbc.sql(
                        "update newsletter_issue set state = 'scheduled', scheduled_at = ?, version = version + 1 where id = ? and state in ('draft', 'scheduled')")
                .params(Timestamp.from(at), id)
                .update();
        if (changed == 0) {
            throw new WorkflowException("newsletter.error.notEditable");
        }
        audit.record(ITEM_TYPE, id, "scheduled", at.toString());
    }

    @Transactional
    public void unschedule(long id) {
        int changed = jdbc.sql(
                        "update newsletter_issue set state = 'draft', scheduled_at = null, version = version + 1 where id = ? and state = 'scheduled'")
                .param(id)
                .update();
        if (changed == 0) {
            throw new WorkflowException("newsletter.error.notEditable");
        }
        audit.record(ITEM_TYPE, id, "unscheduled", null);
    }

    public IssueView find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(Issues::row)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** A sent issue, as the public archive shows it. */
    public IssueView sentIssue(long id) {
        IssueView i = find(id);
        if (!i.sent()) {
            throw new NotFoundException();
        }
        return i;
    }

    public String frozenBlocks(long id) {
        return jdbc.sql("select frozen::text from newsletter_issue where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    public List<IssueView> all() {
        return jdbc.sql(SELECT + " order by created_at desc, id desc limit 200")
                .query(Issues::row)
                .list();
    }

    public record Page(List<IssueView> items, long total, int page, int size) {}

    /** Sent issues, newest first. */
    public Page sent(Paging paging) {
        long total = jdbc.sql("select count(*) from newsletter_issue where state = 'sent'")
                .query(Long.class)
                .single();
        List<IssueView> items = jdbc.sql(
                        SELECT + " where state = 'sent' order by sent_at desc, id desc limit ? offset ?")
                .params(paging.size(), paging.offset())
                .query(Issues::row)
                .list();
        return new Page(items, total, paging.page(), paging.size());
    }

    /**
     * How an issue went: letters accepted by the mail server, refused, claimed but not confirmed
     * (a crash in the middle of a send), and subscribers who unsubscribed after receiving it.
     */
    public record Figures(long sent, long failed, long unconfirmed, long unsubscribedAfter, long audience) {}

    public Figures figures(long id) {
        IssueView i = find(id);
        return jdbc.sql("""
                select count(*) filter (where d.state = 'sent'), count(*) filter (where d.state = 'failed'),
                       count(*) filter (where d.state = 'sending'),
                       count(*) filter (where d.state = 'sent' and s.unsubscribed_at >= d.at),
                       (select count(*) from subscriber where state = 'confirmed')
                from issue_delivery d join subscriber s on s.id = d.subscriber_id where d.issue_id = ?""")
                .param(id)
                .query((rs, n) -> new Figures(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        i.sent() ? rs.getLong(1) + rs.getLong(2) + rs.getLong(3) : rs.getLong(5)))
                .single();
    }

    static final String SELECT = """
            select id, subject::text, body::text, latest_resources, upcoming_events, state, scheduled_at, started_at,
                   sent_at, created_by, created_at, version from newsletter_issue""";

    static IssueView row(ResultSet rs, int n) throws SQLException {
        return new IssueView(
                rs.getLong(1),
                new IssueData(
                        TEXT.convertToEntityAttribute(rs.getString(2)),
                        TEXT.convertToEntityAttribute(rs.getString(3)),
                        rs.getInt(4),
                        rs.getInt(5)),
                rs.getString(6),
                instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)),
                rs.getString(10),
                rs.getTimestamp(11).toInstant(),
                rs.getLong(12));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
