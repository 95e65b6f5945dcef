package org.uclg.carta.newsletter.sending;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.newsletter.IssueSent;
import org.uclg.carta.newsletter.issue.Blocks;
import org.uclg.carta.newsletter.issue.IssueView;
import org.uclg.carta.newsletter.issue.Issues;
import org.uclg.carta.newsletter.issue.Letterpress;
import org.uclg.carta.newsletter.issue.LiveBlocks;
import org.uclg.carta.newsletter.subscription.Subscribers;

/**
 * Sends due issues in the background, at a set rate, in batches over one mail connection each.
 * Each letter is queued by a committed row and marked before and after it leaves, so a restart
 * (even a kill) goes on where it stopped and never sends anyone an issue twice; the one letter in
 * flight at the moment of a crash is counted as unconfirmed rather than sent again. The suppression list is read at
 * every batch.
 */
@Component
public class IssueSender {

    private static final Logger log = LoggerFactory.getLogger(IssueSender.class);

    private final JdbcClient jdbc;
    private final Issues issues;
    private final LiveBlocks blocks;
    private final Letterpress press;
    private final Subscribers subscribers;
    private final Notifications mail;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batch;
    private final int perSecond;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "carta-newsletter");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;

    IssueSender(
            DataSource dataSource,
            Issues issues,
            LiveBlocks blocks,
            Letterpress press,
            Subscribers subscribers,
            Notifications mail,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${carta.newsletter.batch:100}") int batch,
            @Value("${carta.newsletter.rate:50}") int perSecond) {
        this.jdbc = JdbcClient.create(dataSource);
        this.issues = issues;
        this.blocks = blocks;
        this.press = press;
        this.subscribers = subscribers;
        this.mail = mail;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.batch = Math.max(1, batch);
        this.perSecond = Math.max(1, perSecond);
    }

    /** Looks for due issues; the sending itself runs on its own thread, so other jobs are not held up. */
    @Scheduled(
            fixedDelayString = "${carta.newsletter.poll-ms:5000}",
            initialDelayString = "${carta.newsletter.initial-delay-ms:20000}")
    void poll() {
        if (running.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    log.warn("Newsletter sending stopped, resumed at the next poll: {}", e.getMessage());
                } finally {
                    running.set(false);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdown();
    }

    /** Sends every due issue to the end; returns how many letters went. */
    public int sendDue() {
        int sent = 0;
        List<Long> due = jdbc.sql("""
                select id from newsletter_issue where (state = 'scheduled' and scheduled_at <= ?) or state = 'sending'
                order by scheduled_at, id""")
                .param(Timestamp.from(clock.instant()))
                .query(Long.class)
                .list();
        for (long id : due) {
            sent += send(start(id));
        }
        return sent;
    }

    /** Freezes the live blocks once, so every subscriber reads the same issue, and marks it sending. */
    private IssueView start(long id) {
        tx.executeWithoutResult(status -> {
            IssueView i = issues.find(id);
            if ("scheduled".equals(i.state())) {
                jdbc.sql("""
                        update newsletter_issue set state = 'sending', started_at = ?, frozen = ?::jsonb
                        where id = ? and state = 'scheduled'""")
                        .params(Timestamp.from(clock.instant()), blocks.freezeNow(i.data()), id)
                        .update();
            }
        });
        return issues.find(id);
    }

    private int send(IssueView issue) {
        Blocks frozen = blocks.thaw(issues.frozenBlocks(issue.id()));
        Map<String, Letterpress.Letter> byLanguage = new HashMap<>();
        int sent = 0;
        long started = System.nanoTime();
        while (!stopping) {
            List<Recipient> claimed = claim(issue.id());
            if (claimed.isEmpty()) {
                finish(issue.id());
                return sent;
            }
            List<Notifications.Letter> letters = new ArrayList<>();
            for (Recipient r : claimed) {
                Letterpress.Letter base = byLanguage.computeIfAbsent(
                        r.language(), l -> press.write(issue.data(), frozen, l, PREFERENCES, UNSUBSCRIBE));
                String preferences = subscribers.preferencesLink(r.id(), r.language());
                String unsubscribe = subscribers.unsubscribeLink(r.id(), r.language());
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
                headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                headers.put("Precedence", "bulk");
                letters.add(new Notifications.Letter(
                        r.email(),
                        base.subject(),
                        links(base.text(), preferences, unsubscribe),
                        links(base.html(), preferences, unsubscribe),
                        headers));
            }
            int[] accepted = {0};
            try {
                mail.sendLetters(letters, new Notifications.LetterProgress() {
                    // One statement per letter: the previous accepted one becomes sent, this one sending,
                    // so a kill leaves at most one letter whose fate is unknown.
                    private Long previous;

                    @Override
                    public void before(int index) {
                        long id = claimed.get(index).id();
                        jdbc.sql("""
                                update issue_delivery set state = case when subscriber_id = :current then 'sending' else 'sent' end,
                                    at = :now
                                where issue_id = :issue and subscriber_id in (:ids)""")
                                .param("current", id)
                                .param("now", Timestamp.from(clock.instant()))
                                .param("issue", issue.id())
                                .param("ids", previous == null ? List.of(id) : List.of(id, previous))
                                .update();
                        previous = null;
                    }

                    @Override
                    public void after(int index, boolean ok) {
                        long id = claimed.get(index).id();
                        if (ok) {
                            previous = id;
                            accepted[0]++;
                            if (index == claimed.size() - 1) {
                                mark(issue.id(), List.of(id), "sent");
                            }
                        } else {
                            mark(issue.id(), List.of(id), "failed");
                        }
                    }
                });
            } catch (RuntimeException e) {
                release(issue.id());
                throw e;
            }
            sent += accepted[0];
            pace(started, sent);
        }
        return sent;
    }

    private record Recipient(long id, String email, String language) {}

    /**
     * The next letters to send: those queued and never handed to the mail server (left by a
     * restart), or else the next subscribers who neither got the issue nor are suppressed,
     * queued in one committed statement.
     */
    private List<Recipient> claim(long issueId) {
        List<Long> ids = jdbc.sql("""
                select subscriber_id from issue_delivery where issue_id = ? and state = 'queued'
                order by subscriber_id limit ?""").params(issueId, batch).query(Long.class).list();
        if (ids.isEmpty()) {
            ids = jdbc.sql("""
                insert into issue_delivery (issue_id, subscriber_id, state, at)
                select :issue, s.id, 'queued', :now from subscriber s
                where s.state = 'confirmed'
                and not exists (select 1 from issue_delivery d where d.issue_id = :issue and d.subscriber_id = s.id)
                and not exists (select 1 from suppression x where x.email = lower(s.email))
                order by s.id limit :batch
                on conflict do nothing
                returning subscriber_id""")
                    .param("issue", issueId)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("batch", batch)
                    .query(Long.class)
                    .list();
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, email, language from subscriber where id in (:ids) order by id")
                .param("ids", ids)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private void mark(long issueId, List<Long> ids, String state) {
        if (!ids.isEmpty()) {
            jdbc.sql(
                            "update issue_delivery set state = :state, at = :now where issue_id = :issue and subscriber_id in (:ids)")
                    .param("state", state)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("issue", issueId)
                    .param("ids", ids)
                    .update();
        }
    }

    /** The mail server could not be reached: the letter in flight goes back to the queue, and the next poll tries again. */
    private void release(long issueId) {
        jdbc.sql("update issue_delivery set state = 'queued' where issue_id = ? and state = 'sending'")
                .param(issueId)
                .update();
    }

    private void finish(long issueId) {
        tx.executeWithoutResult(status -> {
            int changed = jdbc.sql(
                            "update newsletter_issue set state = 'sent', sent_at = ? where id = ? and state = 'sending'")
                    .params(Timestamp.from(clock.instant()), issueId)
                    .update();
            if (changed > 0) {
                events.publishEvent(new IssueSent(issueId));
            }
        });
    }

    /** Keeps to the configured rate (letters per second) over the whole issue. */
    private void pace(long startedNanos, int sent) {
        long due = startedNanos + sent * 1_000_000_000L / perSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    private static final String PREFERENCES = "https://carta.invalid/preferences-link";
    private static final String UNSUBSCRIBE = "https://carta.invalid/unsubscribe-link";

    private static String links(String letter, String preferences, String unsubscribe) {
        return letter.replace(PREFERENCES, preferences).replace(UNSUBSCRIBE, unsubscribe);
    }
}
