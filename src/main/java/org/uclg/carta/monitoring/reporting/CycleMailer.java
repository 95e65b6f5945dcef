package org.uclg.carta.monitoring.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.network.LocalGovernmentView;

/**
 * Writes to the representatives of adherent local governments: an invitation once a cycle is
 * open, a reminder in the last days before its deadline while their report is not submitted.
 * A row in cycle_mail, claimed before the sending, makes each email go at most once.
 */
@Component
public class CycleMailer {

    public static final int REMINDER_DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(CycleMailer.class);

    private final CycleService cycles;
    private final ReportService reports;
    private final AdherenceService monitoring;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CycleMailer(
            CycleService cycles,
            ReportService reports,
            AdherenceService monitoring,
            Notifications notifications,
            DataSource dataSource,
            TransactionTemplate tx,
            Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.monitoring = monitoring;
        this.notifications = notifications;
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${carta.monitoring.mail-delay-ms:600000}",
            initialDelayString = "${carta.monitoring.mail-initial-delay-ms:120000}")
    public void run() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Sent {} reporting cycle emails", sent);
        }
    }

    /** Sends what is due today and was not sent before; returns how many emails went. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (CycleView c : cycles.openOn(today)) {
            boolean remind = !today.isBefore(c.deadline().minusDays(REMINDER_DAYS));
            for (AdherenceService.Adherent a :
                    monitoring.adherents(c.frameworkCode(), null, null, "en").rows()) {
                LocalGovernmentView lg = a.localGovernment();
                Optional<ReportView> report = reports.find(c.id(), lg.id());
                if (report.isPresent() && !report.get().state().editable()) {
                    continue;
                }
                for (Notifications.Recipient r : notifications.representativesOf(lg.id())) {
                    sent += sendOnce(c, lg, r, "cycleInvitation");
                    if (remind) {
                        sent += sendOnce(c, lg, r, "cycleReminder");
                    }
                }
            }
        }
        return sent;
    }

    /**
     * Claims the email in a committed row before handing it to the mail server, and marks it sent
     * after: a crash in between leaves the row "sending", so the email is never sent a second time.
     * A refusal by the mail server removes the claim, and the next run tries again.
     */
    private int sendOnce(CycleView c, LocalGovernmentView lg, Notifications.Recipient r, String kind) {
        Integer claimed = tx.execute(status -> jdbc.sql("""
                insert into cycle_mail (cycle_id, email, kind, local_government_id, sent_at, state)
                values (?, ?, ?, ?, ?, 'sending') on conflict do nothing""")
                .params(c.id(), r.email(), kind, lg.id(), Timestamp.from(Instant.now(clock)))
                .update());
        if (claimed == null || claimed == 0) {
            return 0;
        }
        String lang = r.language();
        try {
            notifications.send(
                    r,
                    kind,
                    notifications.baseUrl() + "/" + lang + c.path(),
                    lg.name().in(lang).text(),
                    c.title().in(lang).text(),
                    c.deadline().toString());
        } catch (RuntimeException e) {
            log.warn("Reporting email {} to {} not sent, tried again at the next run", kind, r.email(), e);
            mark(c, r, kind, null);
            return 0;
        }
        mark(c, r, kind, "sent");
        return 1;
    }

    /** Sets the claim's state, or removes it when the email did not go. */
    private void mark(CycleView c, Notifications.Recipient r, String kind, String state) {
        String sql = state == null
                ? "delete from cycle_mail where cycle_id = ? and email = ? and kind = ?"
                : "update cycle_mail set state = '" + state + "' where cycle_id = ? and email = ? and kind = ?";
        jdbc.sql(sql).params(c.id(), r.email(), kind).update();
    }

    /** Emails claimed before the last stop and never confirmed: perhaps sent, so not sent again. */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        int interrupted = jdbc.sql("update cycle_mail set state = 'interrupted' where state = 'sending'")
                .update();
        if (interrupted > 0) {
            log.warn(
                    "{} reporting email(s) were being sent when the platform stopped; they are not sent again",
                    interrupted);
        }
    }
}
