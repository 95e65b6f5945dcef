package org.uclg.carta.events.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** An event as its organisers describe it: what the form edits and the API writes. */
public record EventData(
        EventKind kind,
        TranslatableText title,
        TranslatableText summary,
        TranslatableText description,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        Venue venue,
        String onlineUrl,
        String region,
        Set<String> languages,
        Set<String> interpretation,
        TranslatableText accessibility,
        TranslatableText outcomes,
        List<Organiser> organisers,
        List<Material> materials,
        Set<Long> articleIds,
        Registration registration) {

    public EventData {
        languages = Set.copyOf(languages);
        interpretation = Set.copyOf(interpretation);
        organisers = List.copyOf(organisers);
        materials = List.copyOf(materials);
        articleIds = Set.copyOf(articleIds);
    }

    /** Where it takes place in person; every field may be empty for an online event. */
    public record Venue(String name, String address, String city, String country, Double latitude, Double longitude) {

        public static Venue none() {
            return new Venue(null, null, null, null, null, null);
        }

        public boolean isEmpty() {
            return name == null && address == null && city == null && country == null;
        }
    }

    /**
     * How people register.
     *
     * @param capacity seats, or null for no limit
     * @param approval whether an organiser confirms each registration by hand
     */
    public record Registration(
            RegistrationMode mode, Instant opensAt, Instant closesAt, Integer capacity, boolean approval) {

        public static Registration closed() {
            return new Registration(RegistrationMode.CLOSED, null, null, null, false);
        }
    }

    public boolean inPerson() {
        return !venue.isEmpty();
    }

    public boolean online() {
        return onlineUrl != null;
    }
}
