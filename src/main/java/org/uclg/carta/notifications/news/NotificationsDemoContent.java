package org.uclg.carta.notifications.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.events.Gatherings;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;
import org.uclg.carta.notifications.follow.Follows;
import org.uclg.carta.notifications.follow.Target;
import org.uclg.carta.notifications.inbox.Channel;
import org.uclg.carta.notifications.inbox.NoticeKind;
import org.uclg.carta.notifications.inbox.Notices;
import org.uclg.carta.notifications.inbox.Preferences;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Demo follows and notices, so My Carta and the centre are not empty on a first visit: the demo
 * representative follows the right to housing, Barcelona and the next Forum edition, and has heard
 * of the latest demo resources and events on them. Runs after every other module's demo content.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(70)
class NotificationsDemoContent implements ApplicationRunner {

    static final String REPRESENTATIVE = "representative@carta.example";

    private final Notifications accounts;
    private final Follows follows;
    private final Notices notices;
    private final Taxonomy taxonomy;
    private final Directory directory;
    private final Gatherings gatherings;
    private final ResourceSpace library;
    private final Preferences preferences;

    NotificationsDemoContent(
            Notifications accounts,
            Follows follows,
            Notices notices,
            Taxonomy taxonomy,
            Directory directory,
            Gatherings gatherings,
            ResourceSpace library,
            Preferences preferences) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.follows = follows;
        this.notices = notices;
        this.taxonomy = taxonomy;
        this.directory = directory;
        this.gatherings = gatherings;
        this.library = library;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> rep = accounts.accountIdOf(REPRESENTATIVE);
        if (rep.isEmpty() || !follows.of(rep.get()).isEmpty()) {
            return;
        }
        long housing = taxonomy.article("GCA", "X").orElseThrow().id();
        Long barcelona =
                directory.search(new DirectoryQuery("Barcelona", null, null, null, 1, 1), "en").items().stream()
                        .findFirst()
                        .map(lg -> lg.id())
                        .orElse(null);
        follows.follow(rep.get(), Target.ARTICLE, housing);
        if (barcelona != null) {
            follows.follow(rep.get(), Target.LOCAL_GOVERNMENT, barcelona);
        }
        // A demo never emails: the demo person hears of everything in the centre only.
        Map<NoticeKind, Channel> inCentre = new java.util.EnumMap<>(NoticeKind.class);
        NoticeKind.optional().forEach(k -> inCentre.put(k, Channel.IN_APP));
        preferences.save(rep.get(), inCentre);

        List<ResourceSpace.Published> tagged = new ArrayList<>();
        for (long id = 1; id <= 60 && tagged.size() < 3; id++) {
            library.published(id)
                    .filter(r -> r.articleIds().contains(housing)
                            || (barcelona != null && r.localGovernmentIds().contains(barcelona)))
                    .ifPresent(tagged::add);
        }
        java.time.Instant now = java.time.Instant.now();
        int age = 1;
        for (ResourceSpace.Published r : tagged) {
            Map<Long, Notices.Reason> people = new LinkedHashMap<>();
            people.put(
                    rep.get(),
                    r.articleIds().contains(housing)
                            ? new Notices.Reason(Target.ARTICLE.code(), housing)
                            : new Notices.Reason(Target.LOCAL_GOVERNMENT.code(), barcelona));
            notices.post(
                    new Notices.News(NoticeKind.RESOURCE_PUBLISHED, "resource:" + r.id(), r.title(), "", r.path()),
                    people,
                    now.minus(java.time.Duration.ofHours(26L * age++)));
        }
        int[] days = {2};
        for (long id = 1; id <= 20; id++) {
            gatherings
                    .event(id)
                    .filter(e -> e.articleIds().contains(housing) && e.state().equals("published"))
                    .ifPresent(e -> {
                        follows.follow(rep.get(), Target.EVENT, e.id());
                        notices.post(
                                new Notices.News(
                                        NoticeKind.EVENT_PUBLISHED, "event:" + e.id(), e.title(), "", e.path()),
                                Map.of(rep.get(), new Notices.Reason(Target.ARTICLE.code(), housing)),
                                now.minus(java.time.Duration.ofHours(31L * days[0]++)));
                    });
        }
    }
}
