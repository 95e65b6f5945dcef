package org.uclg.carta.library;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uclg.carta.CartaApplication;

/**
 * Search, ingest and export benchmark of the Resource Space (see bench/README.md). Prints, in one
 * run, Carta's figures against raw Lucene on the same index, PostgreSQL full-text search on the
 * same rows and raw Tika extraction of the same PDFs.
 */
public final class SearchBench {

    record BenchQuery(String label, String q, List<String> type, List<String> region) {
    }

    static final List<BenchQuery> QUERIES = List.of(
            new BenchQuery("one word", "vivienda", null, null),
            new BenchQuery("phrase", "\"participación ciudadana\"", null, null),
            new BenchQuery("one filter", "housing", List.of("policy"), null),
            new BenchQuery("two filters", "climate", List.of("guide"), List.of("EUROPE")),
            new BenchQuery("highlighting", "droits humains", null, null));

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "search";
        int n = Integer.getInteger("bench.resources", 100_000);
        int pdfs = Integer.getInteger("bench.pdfs", 2_000);
        Path data = Path.of(System.getProperty("bench.data", "bench/target/data")).toAbsolutePath();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CartaApplication.class).run(
                "--server.port=0", "--carta.data-dir=" + data, "--carta.demo=false",
                "--carta.extraction.delay-ms=3600000", "--carta.admin.password=bench-admin-password",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            if (mode.equals("export")) {
                export(ctx, n);
            } else {
                BenchData.ensure(ctx.getBean(DataSource.class), ctx.getBean(IndexRebuild.class), n);
                search(ctx, data);
                ingest(ctx, pdfs);
            }
        } finally {
            ctx.close();
        }
    }

    private static void search(ConfigurableApplicationContext ctx, Path data) throws Exception {
        ResourceSearch search = ctx.getBean(ResourceSearch.class);
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
        BenchData.ensureFullText(jdbc);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index/resource")))) {
            IndexSearcher lucene = new IndexSearcher(reader);
            List<Query> raw = new ArrayList<>();
            for (BenchQuery q : QUERIES) {
                raw.add(rawQuery(q));
            }
            System.out.printf("%nSearch latency over %d published resources (%d queries × %d rounds, ms)%n",
                    reader.numDocs(), QUERIES.size(), 60);
            double[] carta = time(60, i -> {
                BenchQuery q = QUERIES.get(i % QUERIES.size());
                return search.search(new ResourceQuery(q.q(), q.type(), null, null, q.region(), null, null, null,
                        null, null, "relevance", 1, 20), "en").total();
            });
            double[] lucenes = time(60, i -> {
                try {
                    return lucene.search(raw.get(i % raw.size()), 20).totalHits.value;
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            double[] pg = time(60, i -> pgSearch(jdbc, QUERIES.get(i % QUERIES.size())));
            report("Carta search service", carta);
            report("raw Lucene, same index", lucenes);
            report("PostgreSQL full text", pg);
            System.out.printf("p95 ratios: Carta / raw Lucene = %.2f×, PostgreSQL / Carta = %.1f×%n",
                    pct(carta, 95) / pct(lucenes, 95), pct(pg, 95) / pct(carta, 95));
        }
    }

    /** The query Carta builds, written directly against Lucene with the same analyzers. */
    private static Query rawQuery(BenchQuery q) throws Exception {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String lang : List.of("fr", "en", "es")) {
            QueryBuilder builder = new QueryBuilder(analyzer(lang));
            String words = q.q().replace("\"", "");
            Query title = q.q().startsWith("\"") ? builder.createPhraseQuery("title_" + lang, words)
                    : builder.createBooleanQuery("title_" + lang, words, BooleanClause.Occur.MUST);
            Query body = q.q().startsWith("\"") ? builder.createPhraseQuery("body_" + lang, words)
                    : builder.createBooleanQuery("body_" + lang, words, BooleanClause.Occur.MUST);
            if (title != null) {
                text.add(new BoostQuery(title, 4f), BooleanClause.Occur.SHOULD);
            }
            if (body != null) {
                text.add(body, BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text.build(), BooleanClause.Occur.MUST);
        if (q.type() != null) {
            all.add(new TermQuery(new Term("type", q.type().get(0).toUpperCase().replace('-', '_'))),
                    BooleanClause.Occur.FILTER);
        }
        if (q.region() != null) {
            all.add(new TermQuery(new Term("regionCode", q.region().get(0))), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static Analyzer analyzer(String lang) throws java.io.IOException {
        var b = CustomAnalyzer.builder().withTokenizer("standard");
        if (lang.equals("fr")) {
            b.addTokenFilter("elision", "ignoreCase", "true");
        }
        b.addTokenFilter("lowercase");
        b.addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/" + switch (lang) {
            case "fr" -> "french";
            case "es" -> "spanish";
            default -> "english";
        } + "_stop.txt", "format", "snowball");
        b.addTokenFilter("asciiFolding");
        b.addTokenFilter(switch (lang) {
            case "fr" -> "frenchLightStem";
            case "es" -> "spanishLightStem";
            default -> "porterStem";
        });
        return b.build();
    }

    private static long pgSearch(JdbcTemplate jdbc, BenchQuery q) {
        String sql = "select id from resource where bench_tsv @@ websearch_to_tsquery('simple', unaccent(?))"
                + " and pub_state = 'PUBLISHED'"
                + (q.type() != null ? " and type = '" + q.type().get(0).toUpperCase().replace('-', '_') + "'" : "")
                + (q.region() != null ? " and region_code = '" + q.region().get(0) + "'" : "")
                + " order by ts_rank(bench_tsv, websearch_to_tsquery('simple', unaccent(?))) desc limit 20";
        return jdbc.queryForList(sql, Long.class, q.q(), q.q()).size();
    }

    private static void ingest(ConfigurableApplicationContext ctx, int count) throws Exception {
        ResourceService service = ctx.getBean(ResourceService.class);
        ExtractionJob job = ctx.getBean(ExtractionJob.class);
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
        List<Long> ids = jdbc.queryForList("select id from resource order by id limit ?", Long.class, count);
        BenchCorpus corpus = new BenchCorpus(7);
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String lang = List.of("fr", "en", "es").get(i % 3);
            List<String> pages = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                pages.add(corpus.text(lang, 60));
            }
            files.add(BenchData.pdf(pages));
        }
        long raw = System.nanoTime();
        AutoDetectParser tika = new AutoDetectParser();
        for (byte[] pdf : files) {
            tika.parse(new ByteArrayInputStream(pdf), new BodyContentHandler(-1), new Metadata(), new ParseContext());
        }
        raw = System.nanoTime() - raw;
        var tx = ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        long carta = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            long id = ids.get(i);
            byte[] pdf = files.get(i);
            tx.executeWithoutResult(s -> {
                try {
                    service.attachTrusted(id, new ByteArrayInputStream(pdf), "bench.pdf", null);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        job.runPending();
        carta = System.nanoTime() - carta;
        System.out.printf("%nPDF ingest of %d four-page PDFs: raw Tika %.1f files/s, Carta (store + extract per page"
                + " + detect language + thumbnail + index) %.1f files/s = %.0f%% of raw%n", files.size(),
                files.size() / (raw / 1e9), files.size() / (carta / 1e9), 100.0 * raw / carta);
    }

    private static void export(ConfigurableApplicationContext ctx, int n) throws Exception {
        ResourceExport export = ctx.getBean(ResourceExport.class);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        long[] bytes = {0};
        export.csv(new ResourceQuery(null, null, null, null, null, null, null, null, null, null, "date", 1, 20),
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        bytes[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes[0] += len;
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%nCSV export of every published resource: %.1f s, %.1f MB written, heap max %d MB,"
                + " peak heap used %d MB%n", seconds, bytes[0] / 1e6,
                Runtime.getRuntime().maxMemory() / 1_048_576, peak / 1_048_576);
    }

    interface Run {
        long run(int i) throws Exception;
    }

    private static double[] time(int rounds, Run run) throws Exception {
        for (int i = 0; i < 20; i++) {
            run.run(i);
        }
        double[] ms = new double[rounds * QUERIES.size()];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            run.run(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void report(String label, double[] ms) {
        System.out.printf("  %-26s p50 %7.2f  p95 %7.2f  p99 %7.2f%n", label, pct(ms, 50), pct(ms, 95), pct(ms, 99));
    }

    private SearchBench() {
    }
}
