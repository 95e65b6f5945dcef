package org.uclg.carta.events.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.events.EventCancelled;
import org.uclg.carta.events.EventPostponed;
import org.uclg.carta.events.RegistrationPromoted;
import org.uclg.carta.events.RegistrationReceived;
import org.uclg.carta.events.calendar.EventService;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.events.calendar.When;
import org.uclg.carta.events.feeds.IcsWriter;
import org.uclg.carta.kit.security.Actor;

/**
 * The emails of registrations, in each person's language: the confirmation (or waiting-list or
 * approval notice) with the event's .ics and the signed link to see or cancel, the seat taken
 * from the waiting list, the event cancelled or postponed. Each goes once: a row is claimed first.
 */
@Component
class RegistrationMail {

    private static final Logger log = LoggerFactory.getLogger(RegistrationMail.class);

    private final RegistrationService registrations;
    private final EventService events;
    private final Notifications notifications;
    private final IcsWriter ics;
    private final JdbcClient jdbc;
    private final Clock clock;

    RegistrationMail(
            RegistrationService registrations,
            EventService events,
            Notifications notifications,
            IcsWriter ics,
            DataSource dataSource,
            Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.notifications = notifications;
        this.ics = ics;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RegistrationReceived received) {
        registrations.find(received.registrationId()).ifPresent(r -> {
            String kind =
                    switch (r.state()) {
                        case CONFIRMED -> "eventRegistrationConfirmed";
                        case WAITING -> "eventRegistrationWaiting";
                        case PENDING -> "eventRegistrationPending";
                        case CANCELLED -> null;
                    };
            if (kind != null) {
                send(r, "received", kind, r.state() == RegistrationState.CONFIRMED);
            }
        });
    }

    @ApplicationModuleListener
    void on(RegistrationPromoted promoted) {
        registrations
                .find(promoted.registrationId())
                .filter(r -> r.state() == RegistrationState.CONFIRMED)
                .ifPresent(r -> send(r, "promoted", "eventRegistrationPromoted", true));
    }

    @ApplicationModuleListener
    void on(EventCancelled cancelled) {
        for (RegistrationView r : registrations.liveRegistrants(cancelled.eventId())) {
            send(r, "cancelled", "eventCancelled", false);
        }
    }

    @ApplicationModuleListener
    void on(EventPostponed postponed) {
        EventView e = events.visible(postponed.eventId(), Actor.ANONYMOUS);
        for (RegistrationView r : registrations.liveRegistrants(postponed.eventId())) {
            send(r, "postponed-" + e.version(), "eventPostponed", false);
        }
    }

    /**
     * Claims the email, then sends it; a refusal by the mail server removes the claim and throws,
     * so the publication stays incomplete and is tried again (Admin › Background work, or a restart).
     */
    private void send(RegistrationView r, String claim, String kind, boolean withCalendar) {
        int claimed = jdbc.sql("""
                insert into registration_mail (registration_id, kind, sent_at) values (?, ?, ?)
                on conflict do nothing""")
                .params(r.id(), claim, Timestamp.from(Instant.now(clock)))
                .update();
        if (claimed == 0) {
            return;
        }
        EventView e = events.visible(r.eventId(), Actor.ANONYMOUS);
        String lang = r.language();
        String link = notifications.baseUrl() + "/" + lang + "/events/registrations/" + r.id() + "?token="
                + registrations.linkToken(r.id());
        Notifications.Attachment calendar = withCalendar
                ? new Notifications.Attachment(
                        "carta-event-" + e.id() + ".ics",
                        "text/calendar; charset=UTF-8; method=PUBLISH",
                        ics.write(List.of(e), lang).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : null;
        try {
            notifications.send(
                    new Notifications.Recipient(r.email(), lang),
                    kind,
                    calendar,
                    link,
                    r.name(),
                    e.title().in(lang).text(),
                    When.range(e, Locale.forLanguageTag(lang)) + " (" + e.zone().getId() + ")",
                    e.stateReason().in(lang).text(),
                    notifications.baseUrl() + "/" + lang + e.path());
        } catch (RuntimeException ex) {
            jdbc.sql("delete from registration_mail where registration_id = ? and kind = ?")
                    .params(r.id(), claim)
                    .update();
            log.warn("Registration email {} to {} not sent; tried again later", kind, r.email());
            throw ex;
        }
    }
}
