package org.uclg.carta.notifications.follow;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.uclg.carta.advocacy.Advocacy;
import org.uclg.carta.events.Gatherings;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/** Finds what a follow points at in the module that owns it: its name and its page. */
@Component
public class Subjects {

    private final Taxonomy taxonomy;
    private final Directory directory;
    private final Gatherings gatherings;
    private final Advocacy advocacy;

    Subjects(Taxonomy taxonomy, Directory directory, Gatherings gatherings, Advocacy advocacy) {
        this.taxonomy = taxonomy;
        this.directory = directory;
        this.gatherings = gatherings;
        this.advocacy = advocacy;
    }

    /**
     * Something followed, as the follows page lists it.
     *
     * @param label a short prefix that is not translated (an article's framework and number), or empty
     */
    public record Subject(Target target, long id, String label, TranslatableText title, String path) {}

    public Optional<Subject> find(Target target, long id) {
        return switch (target) {
            case ARTICLE -> {
                List<ArticleRef> found = taxonomy.articles(List.of(id));
                yield found.stream()
                        .findFirst()
                        .map(a -> new Subject(target, id, a.frameworkCode() + " · " + a.number(), a.label(), a.path()));
            }
            case LOCAL_GOVERNMENT -> directory.find(id).map(lg -> new Subject(target, id, "", lg.name(), lg.path()));
            case EVENT -> gatherings.event(id).map(e -> new Subject(target, id, "", e.title(), e.path()));
            case CAMPAIGN -> advocacy.campaign(id).map(c -> new Subject(target, id, "", c.title(), c.path()));
            case INITIATIVE -> advocacy.initiative(id).map(i -> new Subject(target, id, "", i.title(), i.path()));
        };
    }
}
