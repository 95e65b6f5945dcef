package org.uclg.carta.library;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The work Carta's search service does, written by hand against Lucene on the same index: the
 * same fields and boosts, an exact total, the nine facet counts over every match, three
 * highlighted fields and the stored titles of the page. The fair baseline for the service's
 * own overhead (Hibernate Search, loading rows, labels), next to a bare top-20 query.
 */
final class RawLuceneSearch {

    private static final List<String> LANGS = List.of("fr", "en", "es");
    private static final List<String> KEYWORD_FACETS =
            List.of("type", "tags.frameworkCode", "regionCode", "country", "languages", "files.fileType");
    private static final List<String> NUMERIC_FACETS = List.of("tags.articleId", "localGovernmentIds", "year");

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Map<String, Float> weights = new LinkedHashMap<>();

    RawLuceneSearch(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        Map<String, Analyzer> perField = new HashMap<>();
        for (String lang : LANGS) {
            Analyzer a = analyzer(lang);
            for (String field : List.of("title_", "passages_", "files.text_")) {
                perField.put(field + lang, a);
            }
            weights.put("title_" + lang, 4f);
            weights.put("passages_" + lang, 1f);
            weights.put("files.text_" + lang, 0.5f);
        }
        // As Carta's query: the 0.7 boost is on the tag labels alone.
        weights.put("authors", 1f);
        weights.put("themes_text", 1f);
        weights.put("terms", 0.7f);
        this.analyzer = new PerFieldAnalyzerWrapper(folding(), perField);
    }

    Query query(SearchBench.BenchQuery q) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(parser.parse(q.q()), BooleanClause.Occur.MUST);
        if (q.type() != null) {
            all.add(
                    new TermQuery(new Term("type", q.type().get(0).toUpperCase().replace('-', '_'))),
                    BooleanClause.Occur.FILTER);
        }
        if (q.region() != null) {
            all.add(new TermQuery(new Term("regionCode", q.region().get(0))), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /** Top 20 with an exact total, and the facet counts when asked: the parts of {@link #search}. */
    long part(Query query, boolean withFacets) throws IOException {
        TopScoreDocCollector top = TopScoreDocCollector.create(20, Integer.MAX_VALUE);
        if (withFacets) {
            FacetCounts facets = new FacetCounts();
            searcher.search(query, MultiCollector.wrap(top, facets));
            return top.topDocs().totalHits.value + facets.totals().size();
        }
        searcher.search(query, top);
        return top.topDocs().totalHits.value;
    }

    /** The facet counts over every match, without scores. */
    long facetsOnly(Query query) throws IOException {
        FacetCounts facets = new FacetCounts();
        searcher.search(query, facets);
        return facets.totals().size();
    }

    /** Top 20 with an exact total, the facet counts, highlighted passages and stored titles. */
    long search(Query query) throws IOException {
        TopScoreDocCollector top = TopScoreDocCollector.create(20, Integer.MAX_VALUE);
        FacetCounts facets = new FacetCounts();
        searcher.search(query, MultiCollector.wrap(top, facets));
        TopDocs docs = top.topDocs();
        // Passages of the same shape as Carta's: about 120 characters around a match, cut between words.
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> new SplittingBreakIterator(
                        LengthGoalBreakIterator.createClosestToLength(
                                new CustomSeparatorBreakIterator(' '), 120, 1 / 3f),
                        '\u0000'))
                .build();
        String[] fields = LANGS.stream().map(l -> "passages_" + l).toArray(String[]::new);
        Map<String, String[]> passages = highlighter.highlightFields(fields, query, docs, new int[] {2, 2, 2});
        long sink = passages.size() + facets.totals().size();
        var stored = searcher.storedFields();
        for (var hit : docs.scoreDocs) {
            Document d = stored.document(hit.doc);
            sink += d.getFields().size();
        }
        return docs.totalHits.value + (sink & 0);
    }

    /**
     * Counts every facet value over all the matches from doc values, the way a careful hand-written
     * collector does: per segment, keyword values by ordinal in an int array, resolved to terms once
     * per segment; numeric values in a map.
     */
    private static final class FacetCounts extends SimpleCollector {
        final Map<String, Map<Object, Long>> counts = new HashMap<>();
        private final SortedSetDocValues[] keywords = new SortedSetDocValues[KEYWORD_FACETS.size()];
        private final int[][] ordinals = new int[KEYWORD_FACETS.size()][];
        private final SortedNumericDocValues[] numbers = new SortedNumericDocValues[NUMERIC_FACETS.size()];
        private final List<Map<Long, int[]>> numeric = new java.util.ArrayList<>();

        FacetCounts() {
            for (int i = 0; i < NUMERIC_FACETS.size(); i++) {
                numeric.add(new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushSegment();
            for (int i = 0; i < keywords.length; i++) {
                keywords[i] = DocValues.getSortedSet(context.reader(), KEYWORD_FACETS.get(i));
                ordinals[i] = new int[(int) keywords[i].getValueCount()];
            }
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = DocValues.getSortedNumeric(context.reader(), NUMERIC_FACETS.get(i));
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < keywords.length; i++) {
                SortedSetDocValues v = keywords[i];
                if (v.advanceExact(doc)) {
                    for (int n = 0; n < v.docValueCount(); n++) {
                        ordinals[i][(int) v.nextOrd()]++;
                    }
                }
            }
            for (int i = 0; i < numbers.length; i++) {
                SortedNumericDocValues v = numbers[i];
                if (v.advanceExact(doc)) {
                    for (int n = 0; n < v.docValueCount(); n++) {
                        numeric.get(i).computeIfAbsent(v.nextValue(), k -> new int[1])[0]++;
                    }
                }
            }
        }

        private void flushSegment() throws IOException {
            for (int i = 0; i < keywords.length; i++) {
                if (keywords[i] == null) {
                    continue;
                }
                for (int ord = 0; ord < ordinals[i].length; ord++) {
                    if (ordinals[i][ord] > 0) {
                        counts.computeIfAbsent(KEYWORD_FACETS.get(i), k -> new HashMap<>())
                                .merge(keywords[i].lookupOrd(ord).utf8ToString(), (long) ordinals[i][ord], Long::sum);
                    }
                }
            }
        }

        Map<String, Map<Object, Long>> totals() throws IOException {
            flushSegment();
            for (int i = 0; i < numbers.length; i++) {
                Map<Object, Long> m = counts.computeIfAbsent(NUMERIC_FACETS.get(i), k -> new HashMap<>());
                numeric.get(i).forEach((value, n) -> m.put(value, (long) n[0]));
            }
            return counts;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    static Analyzer analyzer(String lang) throws IOException {
        var b = CustomAnalyzer.builder().withTokenizer("standard");
        if (lang.equals("fr")) {
            b.addTokenFilter("elision", "ignoreCase", "true");
        }
        if (lang.equals("en")) {
            b.addTokenFilter("englishPossessive");
        }
        b.addTokenFilter("lowercase");
        b.addTokenFilter(
                "stop",
                "words",
                "org/apache/lucene/analysis/snowball/"
                        + switch (lang) {
                            case "fr" -> "french";
                            case "es" -> "spanish";
                            default -> "english";
                        }
                        + "_stop.txt",
                "format",
                "snowball");
        b.addTokenFilter("asciiFolding");
        b.addTokenFilter(
                switch (lang) {
                    case "fr" -> "frenchLightStem";
                    case "es" -> "spanishLightStem";
                    default -> "porterStem";
                });
        return b.build();
    }

    private static Analyzer folding() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .build();
    }
}
