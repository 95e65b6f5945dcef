package org.uclg.carta.events.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.ScriptJson;

/** The schema.org Event description of an event's page, for search engines and calendars. */
@Component
public class EventJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Parties parties;
    private final String baseUrl;

    EventJsonLd(Parties parties, CartaProperties props) {
        this.parties = parties;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    /** Safe to place in a script element as it is. */
    public String of(EventView e, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "Event");
        m.put("name", e.title().in(lang).text());
        m.put("description", e.data().summary().in(lang).text());
        m.put("startDate", When.iso(e.start()));
        m.put("endDate", When.iso(e.end()));
        m.put("url", baseUrl + "/" + lang + e.path());
        m.put("inLanguage", List.copyOf(e.data().languages()));
        m.put(
                "eventStatus",
                "https://schema.org/"
                        + switch (e.state()) {
                            case CANCELLED -> "EventCancelled";
                            case POSTPONED -> "EventPostponed";
                            default -> "EventScheduled";
                        });
        boolean online = e.data().online();
        boolean inPerson = e.data().inPerson();
        m.put(
                "eventAttendanceMode",
                "https://schema.org/"
                        + (online && inPerson
                                ? "MixedEventAttendanceMode"
                                : online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"));
        List<Object> locations = new ArrayList<>();
        if (inPerson) {
            EventData.Venue v = e.data().venue();
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", v.name() == null ? v.city() : v.name());
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            address.put("streetAddress", v.address());
            address.put("addressLocality", v.city());
            address.put("addressCountry", v.country());
            place.put("address", address);
            if (v.latitude() != null && v.longitude() != null) {
                place.put(
                        "geo", Map.of("@type", "GeoCoordinates", "latitude", v.latitude(), "longitude", v.longitude()));
            }
            locations.add(place);
        }
        if (online) {
            locations.add(Map.of("@type", "VirtualLocation", "url", e.data().onlineUrl()));
        }
        m.put("location", locations.size() == 1 ? locations.get(0) : locations);
        m.put(
                "organizer",
                parties.of(e.data().organisers()).stream()
                        .map(o -> Map.of(
                                "@type",
                                "Organization",
                                "name",
                                o.name().in(lang).text(),
                                "url",
                                baseUrl + "/" + lang + o.path()))
                        .toList());
        return ScriptJson.escape(JSON.writeValueAsString(m));
    }
}
