package org.uclg.carta.library.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.library.documents.ResourceFilePage;
import org.uclg.carta.library.resource.Resource;
import org.uclg.carta.library.resource.ResourceCard;
import org.uclg.carta.library.resource.ResourceType;
import org.uclg.carta.library.resource.ResourceView;

/**
 * Full-text search of published resources: the reader's words against titles (weighted most),
 * summaries, texts, case-study sections, authors and themes in every language; filters combine
 * with AND across facets and OR within one; facet counts cover the whole result set.
 */
@Service
public class ResourceSearch {

    public static final List<String> FACETS = List.of(
            "type", "framework", "article", "region", "country", "localGovernment", "year", "language", "fileType");

    private final EntityManager em;
    private final LuceneResourceSearch lucene;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final org.uclg.carta.kit.search.SearchGate gate;
    private final SearchFields fields;

    public ResourceSearch(
            EntityManager em,
            LuceneResourceSearch lucene,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            org.uclg.carta.kit.search.SearchGate gate,
            SearchFields fields) {
        this.gate = gate;
        this.fields = fields;
        this.em = em;
        this.lucene = lucene;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * One page of results. On the embedded index no transaction is opened: the cards are one
     * statement, which costs a few times less than a JPA query in a transaction.
     */
    public RawResults search(ResourceQuery q, String lang) {
        return gate.run(() -> run(q, lang));
    }

    private RawResults run(ResourceQuery q, String lang) {
        Map<Long, ResourceCard> cards = new java.util.HashMap<>();
        Matches found;
        if (lucene.available()) {
            found = lucene.search(q, lang, ids -> cards.putAll(cards(ids)));
        } else {
            found = readOnly.execute(status -> matches(Search.session(em), q, lang));
            cards.putAll(cards(found.hits().stream().map(Match::id).toList()));
        }
        List<RawHit> hits = new ArrayList<>();
        for (Match match : found.hits()) {
            ResourceCard card = cards.get(match.id());
            if (card != null) { // else deleted since the index saw it
                hits.add(new RawHit(card, match.passages(), found.pages().get(match.id())));
            }
        }
        return new RawResults(hits, found.total(), found.counts());
    }

    /** The search through Hibernate Search's query DSL, which OpenSearch runs. */
    private Matches matches(SearchSession session, ResourceQuery q, String lang) {
        Map<String, AggregationKey<? extends Map<?, Long>>> keys = new LinkedHashMap<>();
        FACETS.forEach(f -> keys.put(f, AggregationKey.of(f)));
        List<String> highlightFields = fields.passages(lang);

        var query = session.search(Resource.class)
                .select(f -> {
                    List<SearchProjection<?>> projections = new ArrayList<>();
                    projections.add(f.id(Long.class).toProjection());
                    highlightFields.forEach(
                            field -> projections.add(f.highlight(field).toProjection()));
                    return f.composite()
                            .from(projections.toArray(SearchProjection<?>[]::new))
                            .asList();
                })
                .where(predicate(session, q))
                // The id breaks ties, so that paging is stable and the same on every backend.
                .sort(f -> "date".equals(q.sort()) || q.q() == null
                        ? f.field("issuedOn")
                                .desc()
                                .missing()
                                .last()
                                .then()
                                .score()
                                .then()
                                .field("id_sort")
                                .desc()
                        : f.score()
                                .then()
                                .field("issuedOn")
                                .desc()
                                .missing()
                                .last()
                                .then()
                                .field("id_sort")
                                .desc())
                .highlighter(h -> h.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(2))
                .aggregation(
                        typeKey(keys),
                        f -> f.terms().field("type", ResourceType.class).maxTermCount(20))
                .aggregation(stringKey(keys, "framework"), f -> f.terms().field("tags.frameworkCode", String.class))
                .aggregation(
                        longKey(keys, "article"),
                        f -> f.terms().field("tags.articleId", Long.class).maxTermCount(30))
                .aggregation(stringKey(keys, "region"), f -> f.terms().field("regionCode", String.class))
                .aggregation(
                        stringKey(keys, "country"),
                        f -> f.terms().field("country", String.class).maxTermCount(30))
                .aggregation(
                        longKey(keys, "localGovernment"),
                        f -> f.terms().field("localGovernmentIds", Long.class).maxTermCount(30))
                .aggregation(
                        intKey(keys, "year"),
                        f -> f.terms().field("year", Integer.class).maxTermCount(30))
                .aggregation(stringKey(keys, "language"), f -> f.terms().field("languages", String.class))
                .aggregation(stringKey(keys, "fileType"), f -> f.terms().field("files.fileType", String.class));

        SearchResult<List<?>> result = query.fetch((q.page() - 1) * q.size(), q.size());
        List<Match> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            List<String> passages = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                @SuppressWarnings("unchecked")
                List<String> fragments = (List<String>) row.get(i);
                passages.addAll(fragments);
            }
            hits.add(new Match(
                    (Long) row.get(0), passages.stream().distinct().limit(3).toList()));
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        keys.forEach((facet, key) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            result.aggregation(key)
                    .forEach((k, v) -> values.put(k instanceof ResourceType t ? t.code() : String.valueOf(k), v));
            counts.put(facet, values);
        });
        Map<Long, PageHit> pages = q.q() == null || hits.isEmpty()
                ? Map.of()
                : bestPages(session, hits.stream().map(Match::id).toList(), q.words(), lang);
        return new Matches(hits, result.total().hitCount(), counts, pages);
    }

    /** The reader's words and filters as one predicate, shared by the search page and exports. */
    public SearchPredicate predicate(SearchSession session, ResourceQuery q) {
        var f = session.scope(Resource.class).predicate();
        var root = f.bool().must(f.matchAll());
        if (q.q() != null) {
            var weights = fields.textWeights().entrySet().iterator();
            var first = weights.next();
            var step = f.simpleQueryString().field(first.getKey()).boost(first.getValue());
            while (weights.hasNext()) {
                var next = weights.next();
                step = step.field(next.getKey()).boost(next.getValue());
            }
            root.must(step.matching(q.words()).defaultOperator(BooleanOperator.AND));
        }
        if (!q.type().isEmpty()) {
            root.must(f.terms()
                    .field(SearchFields.filter("type"))
                    .matchingAny(ResourceQuery.map(
                            q.type(), c -> java.util.Objects.requireNonNull(ResourceType.fromCode(c)))));
        }
        terms(root, f, "framework", q.framework());
        terms(root, f, "article", q.article());
        terms(root, f, "region", q.region());
        terms(root, f, "country", q.country());
        terms(root, f, "localGovernment", q.localGovernment());
        terms(root, f, "year", q.year());
        terms(root, f, "language", q.language());
        terms(root, f, "fileType", q.fileType());
        return root.toPredicate();
    }

    private static void terms(
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> root,
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            String filter,
            List<?> values) {
        if (!values.isEmpty()) {
            root.must(f.terms().field(SearchFields.filter(filter)).matchingAny(values));
        }
    }

    /** The ids of every matching resource, newest first, in batches: for exports that read rows themselves. */
    @Transactional(readOnly = true)
    public void forEachIds(ResourceQuery q, int batch, java.util.function.Consumer<List<Long>> action) {
        SearchSession session = Search.session(em);
        try (var scroll = session.search(Resource.class)
                .select(f -> f.id(Long.class))
                .where(predicate(session, q))
                .sort(f -> f.field("issuedOn")
                        .desc()
                        .missing()
                        .last()
                        .then()
                        .field("id_sort")
                        .asc())
                .scroll(batch)) {
            for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                action.accept(chunk.hits());
            }
        }
    }

    /** Titles that start with or contain the words typed so far, for suggestions while typing. */
    @Transactional(readOnly = true)
    public List<ResourceView> suggest(String prefix, String lang, int limit) {
        String words = prefix == null ? "" : prefix.strip();
        if (words.length() < 2) {
            return List.of();
        }
        List<String> typed = List.of(
                words.replaceAll("[\\\\+\\-!(){}\\[\\]^\"~*?:/|&]", " ").strip().split("\\s+"));
        if (typed.get(typed.size() - 1).isEmpty()) {
            return List.of();
        }
        // The word being typed is a prefix; the stop words before it would be required from every language.
        String query = typed.subList(0, typed.size() - 1).stream()
                        .filter(w -> !org.uclg.carta.kit.search.StopWords.isStopWord(w))
                        .map(w -> w + " ")
                        .collect(java.util.stream.Collectors.joining())
                + typed.get(typed.size() - 1) + "*";
        SearchSession session = Search.session(em);
        return session
                .search(Resource.class)
                .where(f -> {
                    var step = f.simpleQueryString().field("title_" + lang).boost(2f);
                    for (String title : fields.titles()) {
                        step = step.field(title);
                    }
                    return step.matching(query).defaultOperator(BooleanOperator.AND);
                })
                .fetchHits(limit)
                .stream()
                .map(ResourceView::of)
                .toList();
    }

    /** Published resources sharing a right or a local government with this one, closest first. */
    @Transactional(readOnly = true)
    public List<ResourceView> related(ResourceView r, int limit) {
        if (r.articleIds().isEmpty() && r.localGovernmentIds().isEmpty()) {
            return List.of();
        }
        SearchSession session = Search.session(em);
        return session
                .search(Resource.class)
                .where(f -> {
                    var any = f.bool();
                    if (!r.articleIds().isEmpty()) {
                        any.should(f.terms().field("tags.articleId").matchingAny(r.articleIds()));
                    }
                    if (!r.localGovernmentIds().isEmpty()) {
                        any.should(f.terms()
                                .field("localGovernmentIds")
                                .matchingAny(r.localGovernmentIds())
                                .boost(2f));
                    }
                    return f.bool().must(any).mustNot(f.id().matching(r.id()));
                })
                .fetchHits(limit)
                .stream()
                .map(ResourceView::of)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static AggregationKey<Map<ResourceType, Long>> typeKey(
            Map<String, AggregationKey<? extends Map<?, Long>>> k) {
        return (AggregationKey<Map<ResourceType, Long>>) k.get("type");
    }

    @SuppressWarnings("unchecked")
    private static AggregationKey<Map<String, Long>> stringKey(
            Map<String, AggregationKey<? extends Map<?, Long>>> k, String name) {
        return (AggregationKey<Map<String, Long>>) k.get(name);
    }

    @SuppressWarnings("unchecked")
    private static AggregationKey<Map<Long, Long>> longKey(
            Map<String, AggregationKey<? extends Map<?, Long>>> k, String name) {
        return (AggregationKey<Map<Long, Long>>) k.get(name);
    }

    @SuppressWarnings("unchecked")
    private static AggregationKey<Map<Integer, Long>> intKey(
            Map<String, AggregationKey<? extends Map<?, Long>>> k, String name) {
        return (AggregationKey<Map<Integer, Long>>) k.get(name);
    }

    /**
     * For each hit, the page of its documents that matches best, with its passage: one query on the
     * page index for all the hits of the page.
     */
    private Map<Long, PageHit> bestPages(SearchSession session, List<Long> ids, String text, String lang) {
        List<String> pageText = fields.pageText(lang);
        List<List<?>> pages = session.search(ResourceFilePage.class)
                .select(f -> {
                    List<SearchProjection<?>> p = new ArrayList<>();
                    p.add(f.field("resourceId", Long.class).toProjection());
                    p.add(f.field("fileId", Long.class).toProjection());
                    p.add(f.field("pageNumber", Integer.class).toProjection());
                    pageText.forEach(field -> p.add(f.highlight(field).toProjection()));
                    return f.composite()
                            .from(p.toArray(SearchProjection<?>[]::new))
                            .asList();
                })
                .where((f, root) -> {
                    // Only published resources are in the resource index, so the hits' pages are published
                    // ones: no need to ask, which would cost a pass over every page.
                    root.add(f.terms().field("resourceId").matchingAny(ids));
                    var step = f.simpleQueryString().fields(pageText.toArray(String[]::new));
                    root.add(step.matching(text).defaultOperator(BooleanOperator.AND));
                })
                .highlighter(h -> h.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1))
                .fetchHits(ids.size() * 5);
        Map<Long, PageHit> best = new LinkedHashMap<>();
        for (List<?> row : pages) {
            Long resourceId = (Long) row.get(0);
            if (!best.containsKey(resourceId)) {
                String passage = null;
                for (int i = 3; i < row.size() && passage == null; i++) {
                    @SuppressWarnings("unchecked")
                    List<String> fragments = (List<String>) row.get(i);
                    passage = fragments.isEmpty() ? null : fragments.get(0);
                }
                best.put(resourceId, new PageHit((Long) row.get(1), (Integer) row.get(2), passage));
            }
        }
        return best;
    }

    /** The best matching page of a hit's documents. */
    public record PageHit(long fileId, int page, String passage) {}

    private static final TranslatableTextConverter JSON = new TranslatableTextConverter();

    /** The cards of a page of results, in one statement. */
    private Map<Long, ResourceCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ResourceCard> cards = new java.util.HashMap<>();
        jdbc.sql("select id, type, title, summary, issued_on, region_code, country, updated_at from resource "
                        + "where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, row) -> new ResourceCard(
                        rs.getLong(1),
                        ResourceType.valueOf(rs.getString(2)),
                        JSON.convertToEntityAttribute(rs.getString(3)),
                        JSON.convertToEntityAttribute(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list()
                .forEach(c -> cards.put(c.id(), c));
        return cards;
    }

    public record RawHit(ResourceCard resource, List<String> highlights, PageHit page) {}

    /** A hit as the index gives it: the resource's id and its highlighted passages. */
    public record Match(long id, List<String> passages) {}

    /** One page of hits in order, the exact total, the facet counts over all of them and the hits' best pages. */
    public record Matches(
            List<Match> hits, long total, Map<String, Map<String, Long>> counts, Map<Long, PageHit> pages) {}

    /** Results before facet values get their labels. */
    public record RawResults(List<RawHit> hits, long total, Map<String, Map<String, Long>> counts) {}
}
