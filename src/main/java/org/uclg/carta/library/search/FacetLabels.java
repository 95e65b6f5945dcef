package org.uclg.carta.library.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/** Gives each facet value its label in the reader's language. */
@Component
public class FacetLabels {

    private final MessageSource messages;
    private final Taxonomy taxonomy;
    private final Directory directory;

    public FacetLabels(MessageSource messages, Taxonomy taxonomy, Directory directory) {
        this.messages = messages;
        this.taxonomy = taxonomy;
        this.directory = directory;
    }

    public SearchResults label(ResourceSearch.RawResults raw, ResourceQuery q, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        Map<String, List<SearchResults.Facet>> facets = new LinkedHashMap<>();
        raw.counts().forEach((facet, counts) -> {
            Function<String, String> label = labeller(facet, counts, lang, locale);
            List<SearchResults.Facet> values = new ArrayList<>();
            counts.forEach((value, count) -> values.add(new SearchResults.Facet(value, label.apply(value), count)));
            if (facet.equals("year")) {
                values.sort(Comparator.comparing(SearchResults.Facet::value).reversed());
            }
            facets.put(facet, values);
        });
        List<SearchResults.Hit> hits = raw.hits().stream()
                .map(h -> new SearchResults.Hit(
                        h.resource(),
                        h.highlights(),
                        h.page() == null
                                ? null
                                : new SearchResults.PageMatch(
                                        h.resource().path() + "/files/"
                                                + h.page().fileId(),
                                        h.page().page(),
                                        h.page().passage())))
                .toList();
        return new SearchResults(hits, raw.total(), q.page(), q.size(), facets);
    }

    private Function<String, String> labeller(String facet, Map<String, Long> counts, String lang, Locale locale) {
        return switch (facet) {
            case "type" -> v -> messages.getMessage("library.type." + v, null, v, locale);
            case "language" -> v -> messages.getMessage("language." + v, null, v, locale);
            case "fileType" -> v -> v.toUpperCase(Locale.ROOT);
            case "framework" ->
                v -> taxonomy.framework(v).map(f -> f.title().in(lang).text()).orElse(v);
            case "region" ->
                v -> taxonomy.region(v).map(r -> r.name().in(lang).text()).orElse(v);
            case "country" -> v -> Countries.name(v, lang);
            case "article" -> {
                Map<String, String> names = taxonomy.articles(ids(counts)).stream()
                        .collect(Collectors.toMap(
                                a -> String.valueOf(a.id()),
                                (ArticleRef a) -> a.frameworkCode() + " " + a.number() + " · "
                                        + a.label().in(lang).text()));
                yield v -> names.getOrDefault(v, v);
            }
            case "localGovernment" -> {
                Map<String, String> names = directory.findAll(ids(counts)).stream()
                        .collect(Collectors.toMap(
                                lg -> String.valueOf(lg.id()),
                                (LocalGovernmentView lg) -> lg.name().in(lang).text()));
                yield v -> names.getOrDefault(v, v);
            }
            default -> v -> v;
        };
    }

    private static List<Long> ids(Map<String, Long> counts) {
        return counts.keySet().stream().map(Long::valueOf).toList();
    }
}
