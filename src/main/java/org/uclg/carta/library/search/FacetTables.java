package org.uclg.carta.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Facet counting from per-segment tables: each segment's facet values read once from doc values
 * into arrays (document → value numbers) and kept until the segment is closed, so counting a
 * match is a few array reads instead of a doc-values lookup per facet. Segments never change once
 * written (an update deletes the old document and adds a new one elsewhere), so a table built for a
 * segment stays right for as long as the segment lives.
 */
public final class FacetTables {

    /** Facet name → index field; keyword fields hold text, the others numbers. */
    private final Map<String, String> fields;

    private final List<String> names;
    private final List<String> keywordFacets;
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    public FacetTables(Map<String, String> fields, List<String> keywordFacets) {
        this.fields = fields;
        this.names = List.copyOf(fields.keySet());
        this.keywordFacets = keywordFacets;
    }

    /** Counts every facet of the matches it collects; the counts of all slices are added in reduce. */
    public CollectorManager<Counter, Map<String, Map<String, Long>>> counter() {
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() {
                return new Counter();
            }

            @Override
            public Map<String, Map<String, Long>> reduce(java.util.Collection<Counter> counters) {
                Map<String, Map<String, Long>> all = new HashMap<>();
                names.forEach(f -> all.put(f, new HashMap<>()));
                for (Counter c : counters) {
                    c.addTo(all);
                }
                return all;
            }
        };
    }

    private Segment segment(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return new Segment(reader);
        }
        try {
            return segments.computeIfAbsent(helper.getKey(), key -> {
                try {
                    helper.addClosedListener(segments::remove);
                    return new Segment(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * One segment's values, all facets together: document d's values are the slots
     * {@code slots[start[d]..start[d+1]]}, a slot being one value of one facet (facet f's values
     * from {@code offset[f]}), so counting a match is one short loop over adjacent numbers.
     */
    private final class Segment {
        final int[] start;
        final int[] slots;
        final int[] offset;
        final String[][] labels;

        Segment(LeafReader reader) throws IOException {
            int max = reader.maxDoc();
            int facets = names.size();
            offset = new int[facets + 1];
            labels = new String[facets][];
            SortedSetDocValues[] keywords = new SortedSetDocValues[facets];
            SortedNumericDocValues[] numbers = new SortedNumericDocValues[facets];
            long[][] distinct = new long[facets][];
            for (int f = 0; f < facets; f++) {
                String field = fields.get(names.get(f));
                if (keywordFacets.contains(names.get(f))) {
                    keywords[f] = DocValues.getSortedSet(reader, field);
                    labels[f] = new String[(int) keywords[f].getValueCount()];
                    for (int ord = 0; ord < labels[f].length; ord++) {
                        labels[f][ord] = keywords[f].lookupOrd(ord).utf8ToString();
                    }
                } else {
                    distinct[f] = distinct(DocValues.getSortedNumeric(reader, field), max);
                    labels[f] =
                            Arrays.stream(distinct[f]).mapToObj(Long::toString).toArray(String[]::new);
                    numbers[f] = DocValues.getSortedNumeric(reader, field);
                }
                offset[f + 1] = offset[f] + labels[f].length;
            }
            start = new int[max + 1];
            int[] all = new int[Math.max(16, max)];
            int n = 0;
            for (int doc = 0; doc < max; doc++) {
                start[doc] = n;
                for (int f = 0; f < facets; f++) {
                    if (keywords[f] != null && keywords[f].advanceExact(doc)) {
                        for (int i = 0; i < keywords[f].docValueCount(); i++) {
                            all = grow(all, n);
                            all[n++] = offset[f] + (int) keywords[f].nextOrd();
                        }
                    } else if (numbers[f] != null && numbers[f].advanceExact(doc)) {
                        for (int i = 0; i < numbers[f].docValueCount(); i++) {
                            all = grow(all, n);
                            all[n++] = offset[f] + Arrays.binarySearch(distinct[f], numbers[f].nextValue());
                        }
                    }
                }
            }
            start[max] = n;
            slots = Arrays.copyOf(all, n);
        }

        private static int[] grow(int[] array, int n) {
            return n < array.length ? array : Arrays.copyOf(array, array.length * 2);
        }

        private static long[] distinct(SortedNumericDocValues dv, int max) throws IOException {
            long[] all = new long[16];
            int n = 0;
            for (int doc = dv.nextDoc(); doc < max; doc = dv.nextDoc()) {
                for (int i = 0; i < dv.docValueCount(); i++) {
                    all = n < all.length ? all : Arrays.copyOf(all, all.length * 2);
                    all[n++] = dv.nextValue();
                }
            }
            return Arrays.stream(all, 0, n).sorted().distinct().toArray();
        }
    }

    /** Counts per segment by slot, turned into labels once per segment. */
    public final class Counter implements Collector {
        private final List<Segment> seen = new ArrayList<>();
        private final List<int[]> counted = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Segment segment = segment(context.reader());
            int[] start = segment.start;
            int[] slots = segment.slots;
            int[] counts = new int[segment.offset[names.size()]];
            seen.add(segment);
            counted.add(counts);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // Counting needs no scores.
                }

                @Override
                public void collect(int doc) {
                    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
                        counts[slots[i]]++;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void addTo(Map<String, Map<String, Long>> all) {
            for (int s = 0; s < seen.size(); s++) {
                Segment segment = seen.get(s);
                int[] counts = counted.get(s);
                for (int f = 0; f < names.size(); f++) {
                    Map<String, Long> into = all.get(names.get(f));
                    for (int v = 0; v < segment.labels[f].length; v++) {
                        int n = counts[segment.offset[f] + v];
                        if (n > 0) {
                            into.merge(segment.labels[f][v], (long) n, Long::sum);
                        }
                    }
                }
            }
        }
    }
}
