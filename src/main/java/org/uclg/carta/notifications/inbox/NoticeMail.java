package org.uclg.carta.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;

/**
 * Notices by email: those a person wants at once, every half minute, and the daily and weekly
 * digests. A digest goes only to people with news (one query finds them, unlike a fan-out to
 * everyone), in their language. Each notice is claimed in a committed row before it is mailed,
 * so a crash never sends it twice; a refusal by the mail server hands it back for the next run.
 */
@Component
public class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final Notifications mail;
    private final MessageSource messages;
    private final Clock clock;

    NoticeMail(DataSource dataSource, Notifications mail, MessageSource messages, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${carta.notifications.mail-delay-ms:30000}",
            initialDelayString = "${carta.notifications.mail-initial-delay-ms:60000}")
    void atOnce() {
        sendDue("now");
    }

    @Scheduled(cron = "${carta.notifications.daily-cron:0 0 7 * * *}", zone = "UTC")
    void daily() {
        sendDue("daily");
    }

    @Scheduled(cron = "${carta.notifications.weekly-cron:0 0 7 * * MON}", zone = "UTC")
    void weekly() {
        sendDue("weekly");
    }

    /** Sends every waiting notice of that delivery (now, daily, weekly); returns how many emails went. */
    public int sendDue(String delivery) {
        int emails = 0;
        while (true) {
            List<Long> people =
                    jdbc.sql("""
                    select distinct account_id from notice
                    where delivery = ? and mail_state is null order by account_id limit ?""").params(delivery, BATCH).query(Long.class).list();
            if (people.isEmpty()) {
                return emails;
            }
            Map<Long, Notifications.Recipient> recipients = mail.recipients(people);
            for (long person : people) {
                Notifications.Recipient to = recipients.get(person);
                List<Claimed> claimed = claim(person, delivery, to == null ? "unreachable" : "sending");
                if (to == null || claimed.isEmpty()) {
                    continue;
                }
                try {
                    send(to, delivery, claimed);
                    mark(claimed, "sent");
                    emails++;
                } catch (RuntimeException e) {
                    mark(claimed, null);
                    log.warn(
                            "Notice email to {} not sent, tried again on the next run: {}", to.email(), e.getMessage());
                    return emails;
                }
            }
        }
    }

    private record Claimed(long id, NoticeKind kind, String title, String detail, String path) {}

    private List<Claimed> claim(long person, String delivery, String state) {
        List<Claimed> claimed = new ArrayList<>();
        jdbc.sql("""
                update notice set mail_state = :state, mailed_at = :now
                where account_id = :person and delivery = :delivery and mail_state is null
                returning id, kind, title::text, detail, path""")
                .param("state", state)
                .param("now", Timestamp.from(clock.instant()))
                .param("person", person)
                .param("delivery", delivery)
                .query((rs, n) -> claimed.add(new Claimed(
                        rs.getLong(1),
                        NoticeKind.ofCode(rs.getString(2)).orElseThrow(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5))))
                .list();
        claimed.sort(java.util.Comparator.comparingLong(Claimed::id));
        return claimed;
    }

    private void mark(List<Claimed> claimed, String state) {
        jdbc.sql("update notice set mail_state = :state where id in (:ids)")
                .param("state", state)
                .param("ids", claimed.stream().map(Claimed::id).toList())
                .update();
    }

    private void send(Notifications.Recipient to, String delivery, List<Claimed> notices) {
        String lang = to.language();
        Locale locale = Locale.forLanguageTag(lang);
        String base = mail.baseUrl() + "/" + lang;
        String preferences = base + "/me/notifications/preferences";
        if (notices.size() == 1 && delivery.equals("now")) {
            Claimed c = notices.get(0);
            mail.send(to, "notice", line(c, locale, lang), title(c, lang), base + c.path(), preferences);
            return;
        }
        StringBuilder list = new StringBuilder();
        for (Claimed c : notices) {
            list.append("• ").append(line(c, locale, lang)).append('\n');
            list.append("  ").append(title(c, lang)).append('\n');
            list.append("  ").append(base).append(c.path()).append("\n\n");
        }
        mail.send(
                to,
                "daily".equals(delivery)
                        ? "noticeDigestDaily"
                        : "weekly".equals(delivery) ? "noticeDigestWeekly" : "noticeDigestNow",
                notices.size(),
                list.toString().stripTrailing(),
                preferences,
                base + "/me/notifications");
    }

    private String line(Claimed c, Locale locale, String lang) {
        return messages.getMessage("notice.kind." + c.kind().code(), new Object[] {c.detail()}, locale);
    }

    private static String title(Claimed c, String lang) {
        return Notices.TEXT.convertToEntityAttribute(c.title()).in(lang).text();
    }
}
