package org.uclg.carta.events.calendar;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.InvalidInputException;

/** The body of POST and PUT /api/v1/events, read into the event form so both check the same rules. */
public record EventJson(
        String kind,
        Map<String, String> title,
        Map<String, String> summary,
        Map<String, String> description,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        Venue venue,
        String online,
        String region,
        List<String> languages,
        List<String> interpretation,
        Map<String, String> accessibility,
        Map<String, String> outcomes,
        List<OrganiserJson> organisers,
        List<Long> articles,
        RegistrationJson registration,
        Long version) {

    public record Venue(String name, String address, String city, String country, Double latitude, Double longitude) {}

    /** @param type localGovernment or partner */
    public record OrganiserJson(String type, Long id, Boolean lead) {}

    public record RegistrationJson(
            String mode, java.time.LocalDate opens, java.time.LocalDate closes, Integer capacity, Boolean approval) {}

    public EventForm toForm() {
        EventForm f = new EventForm();
        f.setKind(kind);
        f.setTitle(input(title));
        f.setSummary(input(summary));
        f.setDescription(input(description));
        f.setAccessibility(input(accessibility));
        f.setOutcomes(input(outcomes));
        f.setTimeZone(timeZone);
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (RuntimeException e) {
            throw new InvalidInputException(Map.of("timeZone", "events.error.timeZone"));
        }
        if (start != null) {
            ZonedDateTime s = start.atZoneSameInstant(zone);
            f.setStartDate(s.toLocalDate());
            f.setStartTime(s.toLocalTime());
        }
        if (end != null) {
            ZonedDateTime e = end.atZoneSameInstant(zone);
            f.setEndDate(e.toLocalDate());
            f.setEndTime(e.toLocalTime());
        }
        if (venue != null) {
            f.setVenueName(venue.name());
            f.setAddress(venue.address());
            f.setCity(venue.city());
            f.setCountry(venue.country());
            f.setLatitude(venue.latitude() == null ? "" : venue.latitude().toString());
            f.setLongitude(venue.longitude() == null ? "" : venue.longitude().toString());
        }
        f.setOnlineUrl(online);
        f.setRegion(region);
        f.setLanguages(languages == null ? new ArrayList<>() : new ArrayList<>(languages));
        f.setInterpretation(interpretation == null ? new ArrayList<>() : new ArrayList<>(interpretation));
        List<String> leads = new ArrayList<>();
        List<String> co = new ArrayList<>();
        if (organisers != null) {
            for (OrganiserJson o : organisers) {
                String party = o == null || o.type() == null
                        ? "?"
                        : o.type().equals("localGovernment")
                                ? Organiser.LOCAL_GOVERNMENT
                                : o.type().equals("partner") ? Organiser.PARTNER : "?";
                String code = party + ":" + (o == null ? null : o.id());
                (o != null && Boolean.FALSE.equals(o.lead()) ? co : leads).add(code);
            }
        }
        f.setOrganisers(leads);
        f.setCoOrganisers(co);
        f.setArticleIds(articles == null ? new ArrayList<>() : new ArrayList<>(articles));
        if (registration != null) {
            f.setRegistrationMode(registration.mode() == null ? "closed" : registration.mode());
            f.setRegistrationOpens(registration.opens());
            f.setRegistrationCloses(registration.closes());
            f.setCapacity(registration.capacity());
            f.setApproval(Boolean.TRUE.equals(registration.approval()));
        }
        f.setVersion(version == null ? 0 : version);
        return f;
    }

    private static TranslatableInput input(Map<String, String> values) {
        TranslatableInput in = new TranslatableInput();
        if (values != null) {
            in.setValues(new java.util.LinkedHashMap<>(values));
        }
        return in;
    }
}
