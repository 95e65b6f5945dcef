package org.uclg.carta.newsletter.issue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.events.Gatherings;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.library.ResourceSpace;

/** Pulls an issue's blocks from the Resource Space and the calendar, and keeps them as JSON once frozen. */
@Component
public class LiveBlocks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResourceSpace library;
    private final Gatherings gatherings;
    private final Clock clock;

    LiveBlocks(ResourceSpace library, Gatherings gatherings, Clock clock) {
        this.library = library;
        this.gatherings = gatherings;
        this.clock = clock;
    }

    public Blocks now(IssueData d) {
        List<Blocks.Item> resources = d.latestResources() <= 0
                ? List.of()
                : library.latest(d.latestResources()).stream()
                        .map(r -> new Blocks.Item(r.title(), r.path(), null))
                        .toList();
        List<Blocks.Item> events = d.upcomingEvents() <= 0
                ? List.of()
                : gatherings.upcoming(clock.instant(), d.upcomingEvents()).stream()
                        .map(e -> new Blocks.Item(e.title(), e.path(), e.startsAt()))
                        .toList();
        return new Blocks(resources, events);
    }

    /** The blocks as they are now, as the JSON an issue keeps once its sending starts. */
    public String freezeNow(IssueData d) {
        return freeze(now(d));
    }

    String freeze(Blocks b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resources", b.resources().stream().map(LiveBlocks::item).toList());
        m.put("events", b.events().stream().map(LiveBlocks::item).toList());
        return JSON.writeValueAsString(m);
    }

    public Blocks thaw(String json) {
        if (json == null) {
            return Blocks.none();
        }
        JsonNode root = JSON.readTree(json);
        return new Blocks(items(root.get("resources")), items(root.get("events")));
    }

    private static Map<String, Object> item(Blocks.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", i.title().values());
        m.put("path", i.path());
        m.put("when", i.when() == null ? null : i.when().toString());
        return m;
    }

    private static List<Blocks.Item> items(JsonNode list) {
        if (list == null) {
            return List.of();
        }
        java.util.ArrayList<Blocks.Item> out = new java.util.ArrayList<>();
        for (JsonNode n : list) {
            Map<String, String> title = new LinkedHashMap<>();
            n.get("title")
                    .properties()
                    .forEach(e -> title.put(e.getKey(), e.getValue().asString()));
            JsonNode when = n.get("when");
            out.add(new Blocks.Item(
                    TranslatableText.of(title),
                    n.get("path").asString(),
                    when == null || when.isNull() ? null : java.time.Instant.parse(when.asString())));
        }
        return out;
    }
}
