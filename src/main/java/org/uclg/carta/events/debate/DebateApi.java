package org.uclg.carta.events.debate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.events.calendar.When;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.network.Directory;

/** A debate as open data: its question, its positions and replies (hidden ones without their text), its conclusion. */
@RestController
public class DebateApi {

    private final DebateService debates;
    private final Directory directory;
    private final String pagesUrl;

    public DebateApi(DebateService debates, Directory directory, CartaProperties props) {
        this.debates = debates;
        this.directory = directory;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/debates/{id}")
    public Map<String, Object> one(@PathVariable long id) {
        DebateView d = debates.debate(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("question", d.data().question().values());
        m.put("background", d.data().background().values());
        m.put("opensOn", d.data().opensOn().toString());
        m.put("closesOn", d.data().closesOn().toString());
        m.put("state", d.closed() ? "closed" : d.open(debates.today()) ? "open" : "not-open");
        m.put(
                "event",
                d.data().eventId() == null
                        ? null
                        : pagesUrl + "/events/" + d.data().eventId());
        m.put("articles", d.data().articleIds().stream().sorted().toList());
        var contributions = debates.contributions(id);
        Map<Long, org.uclg.carta.network.LocalGovernmentView> lgs = new java.util.HashMap<>();
        directory
                .findAll(contributions.stream()
                        .map(ContributionView::localGovernmentId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach(lg -> lgs.put(lg.id(), lg));
        m.put(
                "contributions",
                contributions.stream()
                        .map(c -> {
                            Map<String, Object> x = new LinkedHashMap<>();
                            x.put("id", c.id());
                            x.put("replyTo", c.parentId());
                            x.put("author", c.authorName());
                            x.put(
                                    "localGovernment",
                                    c.localGovernmentId() == null
                                            ? null
                                            : java.util.Optional.ofNullable(lgs.get(c.localGovernmentId()))
                                                    .map(lg -> Map.of(
                                                            "id",
                                                            lg.id(),
                                                            "name",
                                                            lg.name().values(),
                                                            "url",
                                                            pagesUrl + lg.path()))
                                                    .orElse(null));
                            x.put("language", c.language());
                            x.put("hidden", c.hidden());
                            x.put("text", c.hidden() ? null : c.body());
                            x.put("hiddenReason", c.hiddenReason());
                            x.put("createdAt", When.iso(c.createdAt()));
                            x.put("editedAt", c.editedAt() == null ? null : When.iso(c.editedAt()));
                            return x;
                        })
                        .toList());
        m.put(
                "conclusion",
                d.closed()
                        ? Map.of(
                                "text",
                                d.conclusion().values(),
                                "cites",
                                d.cited().stream().sorted().toList(),
                                "at",
                                When.iso(d.concludedAt()))
                        : null);
        m.put("url", pagesUrl + d.path());
        return m;
    }
}
