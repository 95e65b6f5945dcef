package org.uclg.carta.events.feeds;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import org.uclg.carta.events.calendar.EventState;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.i18n.Markdown;

/**
 * iCalendar (RFC 5545) files of events: times in each event's own zone, with the VTIMEZONE
 * definitions the file uses, stable UIDs so a calendar updates an event rather than adding it twice.
 */
@Component
public class IcsWriter {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final String baseUrl;
    private final String host;

    IcsWriter(CartaProperties props) {
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
        this.host = URI.create(baseUrl).getHost() == null
                ? "carta"
                : URI.create(baseUrl).getHost();
    }

    /** A feed or a single event's file, texts in the reader's language (with fallback). */
    public String write(List<EventView> events, String lang) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//UCLG CISDPDH//Carta//" + lang.toUpperCase(java.util.Locale.ROOT)));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (EventView e : events) {
            zones.add(e.zone());
            cal.add(vevent(e, lang));
        }
        for (ZoneId z : zones) {
            net.fortuna.ical4j.model.TimeZone tz = ZONES.getTimeZone(z.getId());
            if (tz != null) {
                cal.add(tz.getVTimeZone());
            }
        }
        return cal.toString();
    }

    /** A programme or a personal agenda: one VEVENT per session, in its edition's zone. */
    public String sessions(List<Slot> slots, String lang) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//UCLG CISDPDH//Carta//" + lang.toUpperCase(java.util.Locale.ROOT)));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (Slot s : slots) {
            zones.add(s.zone());
            VEvent v = new VEvent(
                    s.start().atZone(s.zone()),
                    s.end().atZone(s.zone()),
                    s.title().in(lang).text());
            v.add(new Uid("session-" + s.id() + "@" + host));
            v.replace(new DtStamp(s.updatedAt()));
            String url = baseUrl + "/" + lang + s.path();
            v.add(new Url(URI.create(url)));
            v.add(new Description((s.summary().in(lang).text() + "\n\n" + url).strip()));
            if (s.where() != null && !s.where().isBlank()) {
                v.add(new Location(s.where()));
            }
            v.add(ImmutableStatus.VEVENT_CONFIRMED);
            cal.add(v);
        }
        for (ZoneId z : zones) {
            net.fortuna.ical4j.model.TimeZone tz = ZONES.getTimeZone(z.getId());
            if (tz != null) {
                cal.add(tz.getVTimeZone());
            }
        }
        return cal.toString();
    }

    /** A session as a calendar entry. */
    public record Slot(
            long id,
            String path,
            org.uclg.carta.kit.i18n.TranslatableText title,
            org.uclg.carta.kit.i18n.TranslatableText summary,
            Instant start,
            Instant end,
            ZoneId zone,
            String where,
            Instant updatedAt) {}

    private VEvent vevent(EventView e, String lang) {
        VEvent v = new VEvent(e.start(), e.end(), e.title().in(lang).text());
        v.add(new Uid("event-" + e.id() + "@" + host));
        v.replace(new DtStamp(e.publishedAt() == null ? Instant.EPOCH : e.publishedAt()));
        v.add(new LastModified(e.publishedAt() == null ? Instant.EPOCH : e.publishedAt()));
        String url = baseUrl + "/" + lang + e.path();
        v.add(new Url(URI.create(url)));
        String summary = e.data().summary().in(lang).text();
        String about = summary.isBlank()
                ? Markdown.plainText(e.data().description().in(lang).text())
                : summary;
        v.add(new Description((about + "\n\n" + url).strip()));
        String where = location(e);
        if (!where.isBlank()) {
            v.add(new Location(where));
        }
        v.add(
                e.state() == EventState.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : e.state() == EventState.POSTPONED
                                ? ImmutableStatus.VEVENT_TENTATIVE
                                : ImmutableStatus.VEVENT_CONFIRMED);
        return v;
    }

    private static String location(EventView e) {
        var venue = e.data().venue();
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {venue.name(), venue.address(), venue.city(), venue.country()}) {
            if (part != null && !part.isBlank()) {
                s.append(s.isEmpty() ? "" : ", ").append(part);
            }
        }
        if (e.data().onlineUrl() != null) {
            s.append(s.isEmpty() ? "" : " · ").append(e.data().onlineUrl());
        }
        return s.toString();
    }
}
