package org.uclg.carta.events.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;

/** An event as pages, feeds, the API and other modules see it. */
public record EventView(
        long id, EventState state, TranslatableText stateReason, Instant publishedAt, long version, EventData data) {

    public String path() {
        return "/events/" + id;
    }

    public EventKind kind() {
        return data.kind();
    }

    public TranslatableText title() {
        return data.title();
    }

    public ZoneId zone() {
        return data.timeZone();
    }

    public ZonedDateTime start() {
        return data.startsAt().atZone(data.timeZone());
    }

    public ZonedDateTime end() {
        return data.endsAt().atZone(data.timeZone());
    }

    public boolean isPublic() {
        return state != EventState.DRAFT;
    }

    public boolean past(Instant now) {
        return data.endsAt().isBefore(now);
    }

    public List<Long> organiserLocalGovernmentIds() {
        return data.organisers().stream()
                .filter(Organiser::localGovernment)
                .map(Organiser::partyId)
                .toList();
    }

    /** Whether registration is open at this instant (the event itself published and not over). */
    public boolean registrationOpen(Instant now) {
        EventData.Registration r = data.registration();
        return state == EventState.PUBLISHED
                && r.mode() != RegistrationMode.CLOSED
                && (r.opensAt() == null || !now.isBefore(r.opensAt()))
                && (r.closesAt() == null || now.isBefore(r.closesAt()))
                && now.isBefore(data.endsAt());
    }
}
