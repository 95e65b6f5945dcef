package org.uclg.carta.advocacy.signature;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * Sends the confirmation emails that signing queued, off the request. Each row is claimed in a
 * committed statement before it is mailed, so two runs never send it twice; a refusal by the mail
 * server hands the rest back for the next run, and rows a stop left claimed are queued again at start.
 */
@Component
public class SignatureMail {

    private static final Logger log = LoggerFactory.getLogger(SignatureMail.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final Signatures signatures;
    private final CampaignService campaigns;
    private final Notifications mail;
    private final java.time.Clock clock;

    SignatureMail(
            DataSource dataSource,
            Signatures signatures,
            CampaignService campaigns,
            Notifications mail,
            java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = JdbcClient.create(dataSource);
        this.signatures = signatures;
        this.campaigns = campaigns;
        this.mail = mail;
    }

    private record Claimed(long id, long campaignId, String email, String language, java.time.Instant createdAt) {}

    @Scheduled(
            fixedDelayString = "${carta.advocacy.mail-delay-ms:3000}",
            initialDelayString = "${carta.advocacy.mail-initial-delay-ms:10000}")
    void run() {
        sendQueued();
    }

    /** Sends every queued confirmation; returns how many left. */
    public int sendQueued() {
        int sent = 0;
        while (true) {
            List<Claimed> batch = new ArrayList<>();
            jdbc.sql("""
                    update signature set mail_state = 'sending'
                    where id in (select id from signature where mail_state = 'queued' order by id limit ? for update skip locked)
                    returning id, campaign_id, email, language, created_at""")
                    .param(BATCH)
                    .query((rs, n) -> batch.add(new Claimed(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getTimestamp(5).toInstant())))
                    .list();
            if (batch.isEmpty()) {
                return sent;
            }
            for (int i = 0; i < batch.size(); i++) {
                Claimed c = batch.get(i);
                try {
                    send(c);
                    jdbc.sql("update signature set mail_state = 'sent' where id = ? and mail_state = 'sending'")
                            .param(c.id())
                            .update();
                    sent++;
                } catch (RuntimeException e) {
                    List<Long> rest = batch.subList(i, batch.size()).stream()
                            .map(Claimed::id)
                            .toList();
                    jdbc.sql("update signature set mail_state = 'queued' where id in (:ids) and mail_state = 'sending'")
                            .param("ids", rest)
                            .update();
                    log.warn("Signature confirmations not sent, tried again on the next run: {}", e.getMessage());
                    return sent;
                }
            }
        }
    }

    private void send(Claimed c) {
        String lang = c.language();
        String title = campaigns
                .published(c.campaignId())
                .map(v -> v.data().title())
                .orElse(TranslatableText.empty())
                .in(lang)
                .text();
        String base = mail.baseUrl() + "/" + lang + "/campaigns/signatures";
        java.time.Instant issued = clock.instant();
        mail.send(
                new Notifications.Recipient(c.email(), lang),
                "signatureConfirm",
                title,
                base + "/confirm?" + signatures.confirmQuery(c.id(), issued),
                base + "/mine?" + signatures.mineQuery(c.id()));
    }

    /** Rows claimed when the platform stopped mid-batch go back to the queue at start. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void requeueInterrupted() {
        int n = jdbc.sql("update signature set mail_state = 'queued' where mail_state = 'sending'")
                .update();
        if (n > 0) {
            log.info("{} signature confirmations interrupted by a stop are queued again", n);
        }
    }
}
