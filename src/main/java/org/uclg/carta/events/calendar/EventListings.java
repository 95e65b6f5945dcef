package org.uclg.carta.events.calendar;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.SitemapSource;
import org.uclg.carta.network.LocalGovernmentSection;
import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;

/** Events on the article pages, on each organising local government's page, and in the sitemap. */
@Component
public class EventListings implements TaggedItemSource, LocalGovernmentSection, SitemapSource {

    private final EventService events;

    EventListings(EventService events) {
        this.events = events;
    }

    @Override
    public String kindKey() {
        return "events.kind.any";
    }

    @Override
    public List<TaggedItem> publicItemsTaggedWith(long articleId) {
        return events.publicTaggedWith(articleId).stream()
                .map(e -> new TaggedItem("events.kind.any", e.title(), e.path()))
                .toList();
    }

    @Override
    public String titleKey() {
        return "events.section";
    }

    @Override
    public List<Item> publicItems(long localGovernmentId) {
        return events.publicOrganisedBy(localGovernmentId).stream()
                .map(e -> new Item(e.title(), e.path()))
                .toList();
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new ArrayList<>(List.of("/events", "/events/month"));
        events.publicIds().forEach(id -> paths.add("/events/" + id));
        return paths;
    }
}
