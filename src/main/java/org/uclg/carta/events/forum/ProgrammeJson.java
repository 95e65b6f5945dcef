package org.uclg.carta.events.forum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.events.calendar.Programmes;
import org.uclg.carta.events.calendar.When;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;

/** An edition's published sessions in the API conventions: times with offsets, room, track, speakers, url. */
@Component
public class ProgrammeJson implements Programmes {

    private final ForumService forum;
    private final String pagesUrl;

    ProgrammeJson(ForumService forum, CartaProperties props) {
        this.forum = forum;
        this.pagesUrl = props.pagesUrl();
    }

    @Override
    public List<Map<String, Object>> publishedSessions(EventView edition) {
        List<SessionView> sessions = forum.programme(edition, Actor.ANONYMOUS);
        Map<Long, String> rooms = new LinkedHashMap<>();
        forum.rooms(edition.id()).forEach(r -> rooms.put(r.id(), r.name()));
        Map<Long, TranslatableText> tracks = forum.tracks(edition.id());
        Map<Long, SpeakerView> speakers = forum.speakers(sessions);
        return sessions.stream()
                .map(s -> {
                    SessionData d = s.data();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", s.id());
                    m.put("format", d.format().code());
                    m.put("title", d.title().values());
                    m.put("abstract", d.summary().values());
                    m.put("start", When.iso(d.startsAt().atZone(edition.zone())));
                    m.put("end", When.iso(d.endsAt().atZone(edition.zone())));
                    m.put("room", d.roomId() == null ? null : rooms.get(d.roomId()));
                    m.put(
                            "track",
                            d.trackId() == null || !tracks.containsKey(d.trackId())
                                    ? null
                                    : tracks.get(d.trackId()).values());
                    m.put("languages", d.languages().stream().sorted().toList());
                    m.put("interpretation", d.interpretation().stream().sorted().toList());
                    m.put(
                            "speakers",
                            d.speakers().stream()
                                    .filter(p -> speakers.containsKey(p.speakerId()))
                                    .map(p -> Map.of(
                                            "name",
                                            speakers.get(p.speakerId()).name(),
                                            "role",
                                            p.moderator() ? "moderator" : "speaker",
                                            "url",
                                            pagesUrl
                                                    + speakers.get(p.speakerId())
                                                            .path()))
                                    .toList());
                    m.put(
                            "recording",
                            d.recordingUrl() != null
                                    ? d.recordingUrl()
                                    : d.recordingResourceId() == null
                                            ? null
                                            : pagesUrl + "/resources/" + d.recordingResourceId());
                    m.put("url", pagesUrl + s.path());
                    return m;
                })
                .toList();
    }
}
