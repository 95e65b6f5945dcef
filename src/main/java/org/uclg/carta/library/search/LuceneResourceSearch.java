package org.uclg.carta.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.uclg.carta.library.documents.ResourceFilePage;
import org.uclg.carta.library.resource.Resource;
import org.uclg.carta.library.resource.ResourceType;

/**
 * The search page's query run directly on the embedded Lucene index that Hibernate Search keeps:
 * the same fields, weights and filters ({@link SearchFields}), analysers and sort as {@link ResourceSearch#predicate}, but
 * every facet is counted in the same pass that finds the hits, from per-segment tables
 * ({@link FacetTables}; Hibernate Search's terms aggregations run one collector per facet and took
 * twice as long on large result sets), the segments are searched on the machine's cores, and the passages and each
 * hit's best PDF page are made on other cores while the request thread reads the hits' rows. Not
 * used with OpenSearch, which does this work itself; the same tests run on both.
 */
@Component
public class LuceneResourceSearch {

    private static final List<String> KEYWORD_FACETS =
            List.of("type", "framework", "region", "country", "language", "fileType");
    private static final Map<String, String> FIELDS = SearchFields.FILTERS;
    private static final Map<String, Integer> MAX_VALUES =
            Map.of("type", 20, "article", 30, "country", 30, "localGovernment", 30, "year", 30);
    private static final int THREADS = LibraryExecutors.SEARCH_THREADS;

    private final EntityManagerFactory emf;
    /** One thread per core: segments searched side by side, passages, pages and facets counted alongside. */
    private final Executor cores;

    private final SearchFields fields;
    private final FacetTables tables = new FacetTables(FIELDS, KEYWORD_FACETS);
    private volatile Boolean available;

    public LuceneResourceSearch(
            EntityManagerFactory emf, SearchFields fields, @Qualifier("searchExecutor") Executor cores) {
        this.emf = emf;
        this.fields = fields;
        this.cores = cores;
    }

    /** Whether the search index is the embedded Lucene one (not an OpenSearch cluster). */
    public boolean available() {
        if (available == null) {
            available = mapping().backend() instanceof LuceneBackend;
        }
        return available;
    }

    /**
     * Ids of one page of hits in order, with passages, the exact total, the facet counts and each
     * hit's best document page; {@code alongside} gets the ids as soon as they are known and runs
     * on the calling thread while the passages and pages are made on others.
     */
    public ResourceSearch.Matches search(ResourceQuery q, String lang, Consumer<List<Long>> alongside) {
        LuceneIndexManager index =
                mapping().indexedEntity(Resource.class).indexManager().unwrap(LuceneIndexManager.class);
        IndexReader reader =
                mapping().scope(Resource.class).extension(LuceneExtension.get()).openIndexReader();
        try {
            IndexSearcher searcher = new SlicedSearcher(reader, cores);
            Query text = q.q() == null ? null : text(q.words(), index.searchAnalyzer());
            Query query = query(q, text);
            int wanted = q.page() * q.size();
            var top = new TopFieldCollectorManager(sort(q), wanted, null, Integer.MAX_VALUE, true);
            // The hits and every facet's counts in one pass over the matches.
            Object[] results = searcher.search(query, new MultiCollectorManager(top, tables.counter()));
            TopDocs docs = (TopDocs) results[0];
            ScoreDoc[] all = docs.scoreDocs;
            int from = Math.min(all.length, (q.page() - 1) * q.size());
            ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
            List<Long> ids = ids(page);
            // Passages (in two halves, one per core) and best pages on the pool, while this thread
            // reads the hits' rows.
            List<Long> withFiles = withFiles(reader, page, ids);
            Query marked = q.q() == null ? null : marked(text);
            int half = (page.length + 1) / 2;
            List<CompletableFuture<List<List<String>>>> passages = q.q() == null || ids.isEmpty()
                    ? List.of()
                    : List.of(
                            CompletableFuture.supplyAsync(
                                    () -> passages(
                                            new IndexSearcher(reader),
                                            marked,
                                            Arrays.copyOfRange(page, 0, half),
                                            lang,
                                            index),
                                    cores),
                            CompletableFuture.supplyAsync(
                                    () -> passages(
                                            new IndexSearcher(reader),
                                            marked,
                                            Arrays.copyOfRange(page, half, page.length),
                                            lang,
                                            index),
                                    cores));
            CompletableFuture<Map<Long, ResourceSearch.PageHit>> pages = q.q() == null || withFiles.isEmpty()
                    ? CompletableFuture.completedFuture(Map.of())
                    : CompletableFuture.supplyAsync(() -> bestPages(withFiles, q.words(), lang), cores);
            alongside.accept(ids);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> counts = limit((Map<String, Map<String, Long>>) results[1]);
            List<List<String>> found = new ArrayList<>();
            passages.forEach(p -> found.addAll(p.join()));
            List<ResourceSearch.Match> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                hits.add(new ResourceSearch.Match(ids.get(i), found.isEmpty() ? List.of() : found.get(i)));
            }
            return new ResourceSearch.Matches(hits, docs.totalHits.value, counts, pages.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            release(reader);
        }
    }

    /**
     * For each resource, the page of its documents that matches the words best, with its passage:
     * one query on the page index for all of them, and only the chosen pages highlighted.
     */
    public Map<Long, ResourceSearch.PageHit> bestPages(List<Long> resourceIds, String words, String lang) {
        LuceneIndexManager index =
                mapping().indexedEntity(ResourceFilePage.class).indexManager().unwrap(LuceneIndexManager.class);
        IndexReader reader = mapping()
                .scope(ResourceFilePage.class)
                .extension(LuceneExtension.get())
                .openIndexReader();
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> pageText = fields.pageText(lang);
            Map<String, Float> pageWeights = new LinkedHashMap<>();
            pageText.forEach(f -> pageWeights.put(f, 1f));
            SimpleQueryParser parser = new SimpleQueryParser(index.searchAnalyzer(), pageWeights);
            parser.setDefaultOperator(Occur.MUST);
            Query text = parser.parse(words);
            if (text == null) {
                return Map.of();
            }
            Query query = new BooleanQuery.Builder()
                    .add(text, Occur.MUST)
                    .add(LongPoint.newSetQuery("resourceId", resourceIds), Occur.FILTER)
                    .build();
            var stored = searcher.storedFields();
            Map<Long, int[]> best = new LinkedHashMap<>(); // resource → {doc, file, page}
            for (ScoreDoc hit : searcher.search(query, resourceIds.size() * 5).scoreDocs) {
                var doc = stored.document(hit.doc, Set.of("resourceId", "fileId", "pageNumber"));
                long resourceId = doc.getField("resourceId").numericValue().longValue();
                best.putIfAbsent(resourceId, new int[] {
                    hit.doc,
                    doc.getField("fileId").numericValue().intValue(),
                    doc.getField("pageNumber").numericValue().intValue()
                });
            }
            if (best.isEmpty()) {
                return Map.of();
            }
            int[] docs = best.values().stream().mapToInt(b -> b[0]).sorted().toArray();
            int[] one = new int[pageText.size()];
            Arrays.fill(one, 1);
            Map<String, Object[]> found =
                    highlighter(searcher, index).highlight(pageText.toArray(String[]::new), text, docs, one);
            Map<Long, ResourceSearch.PageHit> pages = new HashMap<>();
            best.forEach((resourceId, b) -> {
                int at = Arrays.binarySearch(docs, b[0]);
                String passage = null;
                for (String field : pageText) {
                    if (passage == null && found.get(field)[at] instanceof List<?> list && !list.isEmpty()) {
                        passage = (String) list.get(0);
                    }
                }
                pages.put(resourceId, new ResourceSearch.PageHit(b[1], b[2], passage));
            });
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(reader);
        }
    }

    private static void release(IndexReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Releasing a reference to a reader Hibernate Search keeps open.
        }
    }

    private static Highlighter highlighter(IndexSearcher searcher, LuceneIndexManager index) {
        return new Highlighter(UnifiedHighlighter.builder(searcher, index.indexingAnalyzer())
                .withFormatter(new Passages())
                .withScorer(new PassageScore())
                .withBreakIterator(Passages::breaks)
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(0)); // a text without the words gives no passage
    }

    /** The reader's words on every searched field, all of them required (an empty query matches nothing). */
    private Query text(String words, Analyzer analyzer) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields.textWeights());
        parser.setDefaultOperator(Occur.MUST);
        Query text = parser.parse(words);
        return text == null ? new BooleanQuery.Builder().build() : text;
    }

    /**
     * The words and phrases of the query that are on the passages fields, any of them: what the
     * highlighter marks. Much cheaper for it than the whole query, whose every field it would
     * otherwise weigh for each hit; and a word found only in a title does not keep the others from
     * being marked.
     */
    private static Query marked(Query text) {
        Set<Query> leaves = new LinkedHashSet<>();
        text.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return field.startsWith("passages_");
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                leaves.add(query);
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                leaves.add(query);
            }

            @Override
            public void visitLeaf(Query query) {
                leaves.add(query);
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        leaves.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /** The words and the filters. */
    private static Query query(ResourceQuery q, Query text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (text != null) {
            all.add(text, Occur.MUST);
        } else {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        List<BytesRef> types =
                ResourceQuery.map(q.type(), c -> Objects.requireNonNull(ResourceType.fromCode(c))).stream()
                        .map(t -> new BytesRef(t.name()))
                        .toList();
        if (!q.type().isEmpty()) {
            all.add(new TermInSetQuery("type", types), Occur.FILTER);
        }
        keywords(all, "framework", q.framework());
        keywords(all, "region", q.region());
        keywords(all, "country", q.country());
        keywords(all, "language", q.language());
        keywords(all, "fileType", q.fileType());
        if (!q.article().isEmpty()) {
            all.add(LongPoint.newSetQuery(FIELDS.get("article"), q.article()), Occur.FILTER);
        }
        if (!q.localGovernment().isEmpty()) {
            all.add(LongPoint.newSetQuery(FIELDS.get("localGovernment"), q.localGovernment()), Occur.FILTER);
        }
        if (!q.year().isEmpty()) {
            all.add(IntPoint.newSetQuery(FIELDS.get("year"), q.year()), Occur.FILTER);
        }
        return all.build();
    }

    private static void keywords(BooleanQuery.Builder all, String facet, List<String> values) {
        if (!values.isEmpty()) {
            all.add(
                    new TermInSetQuery(
                            FIELDS.get(facet),
                            values.stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
    }

    /** As ResourceSearch: relevance, then newest, then id; or newest first. */
    private static Sort sort(ResourceQuery q) {
        SortField date = new SortedNumericSortField("issuedOn", SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        SortField id = new SortedNumericSortField("id_sort", SortField.Type.LONG, true);
        return "date".equals(q.sort()) || q.q() == null
                ? new Sort(date, SortField.FIELD_SCORE, id)
                : new Sort(SortField.FIELD_SCORE, date, id);
    }

    /** The hits' resource ids: the sort's last field, the id as a tie-break, already holds them. */
    private static List<Long> ids(ScoreDoc[] page) {
        return Arrays.stream(page).map(hit -> (Long) ((FieldDoc) hit).fields[2]).toList();
    }

    /** The hits that have documents: only they can have a best page. */
    private static List<Long> withFiles(IndexReader reader, ScoreDoc[] page, List<Long> ids) throws IOException {
        List<Long> with = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(page[i].doc, reader.leaves()));
            if (DocValues.getSortedSet(leaf.reader(), FIELDS.get("fileType"))
                    .advanceExact(page[i].doc - leaf.docBase)) {
                with.add(ids.get(i));
            }
        }
        return with;
    }

    /** Up to two passages of each language's text, the reader's language first, at most three in all. */
    private List<List<String>> passages(
            IndexSearcher searcher, Query query, ScoreDoc[] page, String lang, LuceneIndexManager index) {
        if (page.length == 0) {
            return List.of();
        }
        String[] passageFields = fields.passages(lang).toArray(String[]::new);
        Highlighter highlighter = highlighter(searcher, index);
        int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        int[] sorted = docIds.clone();
        Arrays.sort(sorted); // the highlighter wants them in index order
        Map<String, Object[]> found;
        try {
            int[] two = new int[passageFields.length];
            Arrays.fill(two, 2);
            found = highlighter.highlight(passageFields, query, sorted, two);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            position.put(sorted[i], i);
        }
        List<List<String>> result = new ArrayList<>();
        for (int doc : docIds) {
            List<String> passages = new ArrayList<>();
            for (String field : passageFields) {
                Object value = found.get(field)[position.get(doc)];
                if (value instanceof List<?> list) {
                    list.forEach(p -> passages.add((String) p));
                }
            }
            result.add(passages.stream().distinct().limit(3).toList());
        }
        return result;
    }

    /**
     * Searches the segments in as many groups of about equal size as there are threads, and
     * merges their hits and counts. A merged index is one segment, so one group; the segments
     * that saving adds until the next merge are searched beside it.
     */
    private static final class SlicedSearcher extends IndexSearcher {
        SlicedSearcher(IndexReader reader, Executor executor) {
            super(reader, executor);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
            return slices(leaves, (int) Math.max(1, docs / THREADS + 1), Integer.MAX_VALUE);
        }
    }

    /** A highlighter that gives each document's passages as a list. */
    private static final class Highlighter extends UnifiedHighlighter {
        /** What the highlighter puts between the values of a multi-valued field. */
        static final char SEPARATOR = MULTIVAL_SEP_CHAR;

        Highlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, max);
        }
    }

    /** Each passage on its own, HTML-escaped with {@code <mark>} around the matched words. */
    private static final class Passages extends PassageFormatter {
        private static final int LENGTH = 120;
        private final DefaultPassageFormatter one = new DefaultPassageFormatter("<mark>", "</mark>", "", true);

        /**
         * About {@value #LENGTH} characters around the first match, a third of them before it (so a
         * match near the start of a text still gets most of them after), cut between words and never
         * across two values of the field. Not sentences: a long sentence would make the whole
         * passage, and finding its ends means reading the text up to them.
         */
        static BreakIterator breaks() {
            return new SplittingBreakIterator(
                    LengthGoalBreakIterator.createClosestToLength(
                            new CustomSeparatorBreakIterator(' '), LENGTH, 1 / 3f),
                    Highlighter.SEPARATOR);
        }

        @Override
        public Object format(Passage[] passages, String content) {
            List<String> out = new ArrayList<>();
            for (Passage p : passages) {
                String text = one.format(new Passage[] {p}, content).strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
            return out;
        }
    }

    /**
     * Lucene's passage score, the same sum over the passage's distinct words, without the hash
     * table of 32 KB that Lucene's scorer allocates for every passage it weighs (the largest
     * allocation of a search).
     */
    private static final class PassageScore extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDocument = passage.getMatchTermFreqsInDoc();
            float score = 0;
            for (int i = 0; i < matches; i++) {
                if (firstOf(terms, i)) {
                    int inPassage = 0;
                    for (int j = i; j < matches; j++) {
                        inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
                    }
                    score += tf(inPassage, passage.getLength()) * weight(contentLength, inDocument[i]);
                }
            }
            return score * norm(passage.getStartOffset());
        }

        private static boolean firstOf(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Each facet's values, most frequent first (equal counts in the order of their values, as Hibernate Search does). */
    private static Map<String, Map<String, Long>> limit(Map<String, Map<String, Long>> all) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String facet : ResourceSearch.FACETS) {
            Comparator<String> byValue = KEYWORD_FACETS.contains(facet)
                    ? Comparator.naturalOrder()
                    : Comparator.comparingLong(Long::parseLong);
            Function<String, String> label =
                    facet.equals("type") ? name -> ResourceType.valueOf(name).code() : Function.identity();
            Map<String, Long> values = new LinkedHashMap<>();
            all.get(facet).entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey, byValue))
                    .limit(MAX_VALUES.getOrDefault(facet, 100))
                    .forEach(e -> values.put(label.apply(e.getKey()), e.getValue()));
            counts.put(facet, values);
        }
        return counts;
    }

    private SearchMapping mapping() {
        return Search.mapping(emf);
    }
}
