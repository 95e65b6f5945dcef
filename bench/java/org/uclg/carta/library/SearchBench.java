package org.uclg.carta.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.uclg.carta.CartaApplication;
import org.uclg.carta.library.documents.ExtractionJob;
import org.uclg.carta.library.documents.ResourceFilePage;
import org.uclg.carta.library.exports.ResourceExport;
import org.uclg.carta.library.resource.Resource;
import org.uclg.carta.library.resource.ResourceService;
import org.uclg.carta.library.search.IndexRebuild;
import org.uclg.carta.library.search.ResourceQuery;
import org.uclg.carta.library.search.ResourceSearch;

/**
 * Search, ingest and export benchmark of the Resource Space (see bench/README.md). Prints, in one
 * run, Carta's figures against raw Lucene on the same index, PostgreSQL full-text search on the
 * same rows and raw Tika extraction of the same PDFs.
 */
public final class SearchBench {

    record BenchQuery(String label, String q, List<String> type, List<String> region) {}

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
        Path data =
                Path.of(System.getProperty("bench.data", "bench/target/data")).toAbsolutePath();
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--carta.data-dir=" + data,
                "--carta.demo=false",
                "--carta.extraction.delay-ms=3600000",
                "--carta.admin.password=bench-admin-password",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        for (String extra : System.getProperty("bench.settings", "").split(" ")) {
            if (!extra.isBlank()) {
                settings.add(extra);
            }
        }
        ConfigurableApplicationContext ctx =
                new SpringApplicationBuilder(CartaApplication.class).run(settings.toArray(String[]::new));
        try {
            if (mode.equals("export")) {
                export(ctx, n);
            } else if (mode.equals("breakdown")) {
                breakdown(ctx);
            } else if (mode.equals("sql")) {
                // Maintenance of the benchmark database, e.g. after a migration was changed while being written.
                String sql = System.getProperty("bench.sql");
                JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
                if (sql.strip().toLowerCase(java.util.Locale.ROOT).matches("(?s)(select|explain).*")) {
                    jdbc.queryForList(sql).forEach(System.out::println);
                } else {
                    jdbc.execute(sql);
                }
            } else if (mode.equals("ingest")) {
                ingest(ctx, data, pdfs, true);
            } else if (mode.equals("latency")) {
                search(ctx, data);
            } else if (mode.equals("service")) {
                service(ctx);
            } else if (mode.equals("queries")) {
                perQuery(ctx, data);
            } else {
                BenchData.ensure(ctx.getBean(DataSource.class), ctx.getBean(IndexRebuild.class), n);
                ensureDocuments(ctx, data, pdfs);
                search(ctx, data);
                ingest(ctx, data, pdfs, true);
            }
        } finally {
            ctx.close();
        }
    }

    /**
     * Merges the index as the platform does every night ({@link IndexRebuild#mergeSegments}), so
     * that every run searches the same layout whatever the last ingest left.
     */
    private static void merged(ConfigurableApplicationContext ctx, Path data) throws IOException {
        int before = segments(data);
        ctx.getBean(IndexRebuild.class).mergeSegments();
        System.out.printf(
                "%nResource index merged as every night (IndexRebuild.mergeSegments): %d segments, then %d%n",
                before, segments(data));
    }

    private static int segments(Path data) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index/resource")))) {
            return reader.leaves().size();
        }
    }

    private static void search(ConfigurableApplicationContext ctx, Path data) throws Exception {
        merged(ctx, data);
        ResourceSearch search = ctx.getBean(ResourceSearch.class);
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
        BenchData.ensureFullText(jdbc);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index/resource")))) {
            IndexSearcher lucene = new IndexSearcher(reader);
            RawLuceneSearch rawSearch = new RawLuceneSearch(lucene);
            List<Query> raw = new ArrayList<>();
            for (BenchQuery q : QUERIES) {
                raw.add(rawSearch.query(q));
            }
            System.out.printf(
                    "%nSearch latency over %d published resources (%d queries × %d rounds, ms)%n",
                    reader.numDocs(), QUERIES.size(), 60);
            double[][] ms = time(
                    60,
                    List.of(
                            i -> {
                                BenchQuery q = QUERIES.get(i % QUERIES.size());
                                return search.search(
                                                new ResourceQuery(
                                                        q.q(),
                                                        q.type(),
                                                        null,
                                                        null,
                                                        q.region(),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        "relevance",
                                                        1,
                                                        20),
                                                "en")
                                        .total();
                            },
                            i -> rawSearch.search(raw.get(i % raw.size())),
                            i -> lucene.search(raw.get(i % raw.size()), 20).totalHits.value,
                            i -> pgSearch(jdbc, QUERIES.get(i % QUERIES.size()))));
            double[] carta = ms[0];
            double[] same = ms[1];
            double[] bare = ms[2];
            double[] pg = ms[3];
            report("Carta search service", carta);
            report("raw Lucene, same work", same);
            report("raw Lucene, bare top 20", bare);
            report("PostgreSQL full text", pg);
            System.out.printf(
                    "p95 ratios: Carta / raw Lucene same work = %.2f×, Carta / raw Lucene bare top 20 = "
                            + "%.2f×, PostgreSQL / Carta = %.1f×%n",
                    pct(carta, 95) / pct(same, 95), pct(carta, 95) / pct(bare, 95), pct(pg, 95) / pct(carta, 95));
        }
    }

    /** Carta's search service alone on the five queries, e.g. to profile it with {@code BENCH_JVM}. */
    private static void service(ConfigurableApplicationContext ctx) throws Exception {
        ResourceSearch search = ctx.getBean(ResourceSearch.class);
        double[] ms = time(Integer.getInteger("bench.rounds", 60), i -> {
            BenchQuery q = QUERIES.get(i % QUERIES.size());
            return search.search(
                            new ResourceQuery(
                                    q.q(),
                                    q.type(),
                                    null,
                                    null,
                                    q.region(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "relevance",
                                    1,
                                    20),
                            "en")
                    .total();
        });
        report("Carta search service", ms);
    }

    /** Each query alone: Carta's service against raw Lucene, to see which query sets the p95. */
    private static void perQuery(ConfigurableApplicationContext ctx, Path data) throws Exception {
        merged(ctx, data);
        ResourceSearch search = ctx.getBean(ResourceSearch.class);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index/resource")))) {
            IndexSearcher lucene = new IndexSearcher(reader);
            RawLuceneSearch rawSearch = new RawLuceneSearch(lucene);
            System.out.printf("%nPer query, %d segments (ms)%n", reader.leaves().size());
            for (BenchQuery q : QUERIES) {
                Query raw = rawSearch.query(q);
                ResourceQuery rq = new ResourceQuery(
                        q.q(), q.type(), null, null, q.region(), null, null, null, null, null, "relevance", 1, 20);
                long[] total = new long[1];
                double[][] ms = time(
                        30,
                        List.of(
                                i -> total[0] = search.search(rq, "en").total(),
                                i -> rawSearch.search(raw),
                                i -> lucene.search(raw, 20).totalHits.value,
                                i -> rawSearch.part(raw, false),
                                i -> rawSearch.part(raw, true),
                                i -> lucene.count(raw),
                                i -> rawSearch.facetsOnly(raw)));
                System.out.printf("%s (%d hits)%n", q.label(), total[0]);
                report("Carta", ms[0]);
                report("raw same work", ms[1]);
                report("raw bare", ms[2]);
                report("raw exact top 20", ms[3]);
                report("raw exact + facets", ms[4]);
                report("raw count, no scores", ms[5]);
                report("raw facets, no scores", ms[6]);
            }
        }
    }

    /**
     * Where the search service's time goes: the same queries with one more part each time (hits
     * only, then the facets, then the highlighted passages, then the full service).
     */
    private static void breakdown(ConfigurableApplicationContext ctx) throws Exception {
        ResourceSearch search = ctx.getBean(ResourceSearch.class);
        var em = ctx.getBean(jakarta.persistence.EntityManagerFactory.class);
        var tx = ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        System.out.printf("%nWhere the search time goes (ms)%n");
        for (String part : List.of("ids", "ids+facets", "ids+1highlight", "ids+highlights", "full")) {
            double[] ms = time(60, i -> {
                BenchQuery b = QUERIES.get(i % QUERIES.size());
                ResourceQuery q = new ResourceQuery(
                        b.q(), b.type(), null, null, b.region(), null, null, null, null, null, "relevance", 1, 20);
                if (part.equals("full")) {
                    return search.search(q, "en").total();
                }
                return tx.execute(s -> {
                    var session = org.hibernate.search.mapper.orm.Search.session(
                            ctx.getBean(jakarta.persistence.EntityManager.class));
                    var where = search.predicate(session, q);
                    return switch (part) {
                        case "ids" ->
                            session.search(Resource.class)
                                    .select(f -> f.id())
                                    .where(where)
                                    .fetch(20)
                                    .total()
                                    .hitCount();
                        case "ids+facets" -> {
                            var query = session.search(Resource.class)
                                    .select(f -> f.id())
                                    .where(where);
                            for (String facet : List.of(
                                    "tags.frameworkCode", "regionCode", "country", "languages", "files.fileType")) {
                                query = query.aggregation(
                                        org.hibernate.search.engine.search.aggregation.AggregationKey.of(facet),
                                        f -> f.terms().field(facet, String.class));
                            }
                            for (String facet : List.of("tags.articleId", "localGovernmentIds")) {
                                query = query.aggregation(
                                        org.hibernate.search.engine.search.aggregation.AggregationKey.of(facet),
                                        f -> f.terms().field(facet, Long.class));
                            }
                            yield query.fetch(20).total().hitCount();
                        }
                        case "ids+1highlight" ->
                            session.search(Resource.class)
                                    .select(f -> f.composite()
                                            .from(f.id(), f.highlight("passages_en"))
                                            .asList())
                                    .where(where)
                                    .fetch(20)
                                    .total()
                                    .hitCount();
                        case "ids+highlights" ->
                            session.search(Resource.class)
                                    .select(f -> f.composite()
                                            .from(
                                                    f.id(),
                                                    f.highlight("passages_en"),
                                                    f.highlight("passages_es"),
                                                    f.highlight("passages_fr"))
                                            .asList())
                                    .where(where)
                                    .fetch(20)
                                    .total()
                                    .hitCount();
                        default -> throw new IllegalArgumentException(part);
                    };
                });
            });
            report(part, ms);
        }
    }

    private static long pgSearch(JdbcTemplate jdbc, BenchQuery q) {
        String sql = "select id from bench_fts where tsv @@ websearch_to_tsquery('simple', unaccent(?))"
                + " and pub_state = 'PUBLISHED'"
                + (q.type() != null
                        ? " and type = '" + q.type().get(0).toUpperCase().replace('-', '_') + "'"
                        : "")
                + (q.region() != null ? " and region_code = '" + q.region().get(0) + "'" : "")
                + " order by ts_rank(tsv, websearch_to_tsquery('simple', unaccent(?))) desc limit 20";
        return jdbc.queryForList(sql, Long.class, q.q(), q.q()).size();
    }

    /**
     * The resources that hold the corpus's PDFs: every fiftieth, so that they are spread over the
     * index as the rest of the corpus is.
     */
    private static List<Long> pdfResources(JdbcTemplate jdbc, int count) {
        return jdbc.queryForList(
                "select id from (select id, row_number() over (order by id) n from resource) r"
                        + " where n % 50 = 0 order by id limit ?",
                Long.class, count);
    }

    /**
     * Takes every document out of the corpus (database rows, stored files and index entries), so
     * that an ingest starts from the same state each time and leaves the corpus with its PDFs only.
     */
    private static void removeDocuments(ConfigurableApplicationContext ctx, Path data) throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
        List<Long> holders = jdbc.queryForList("select distinct resource_id from resource_file order by 1", Long.class);
        jdbc.update("delete from resource_file_page");
        jdbc.update("delete from resource_file");
        Path files = data.resolve("files");
        if (Files.isDirectory(files)) {
            try (var all = Files.walk(files)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(files)) {
                        Files.delete(p);
                    }
                }
            }
        }
        var mapping = Search.mapping(ctx.getBean(EntityManagerFactory.class));
        mapping.scope(ResourceFilePage.class).workspace().purge();
        var tx = ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        var em = ctx.getBean(EntityManager.class);
        for (int from = 0; from < holders.size(); from += 500) {
            List<Long> ids = holders.subList(from, Math.min(holders.size(), from + 500));
            tx.executeWithoutResult(s -> {
                var plan = Search.session(em).indexingPlan();
                em.createQuery("select r from Resource r where r.id in :ids", Resource.class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .forEach(plan::addOrUpdate);
            });
        }
        mapping.scope(Object.class).workspace().flush();
        mapping.scope(Object.class).workspace().refresh();
    }

    /** Before searching: the corpus has its PDFs, read and indexed (ingested unmeasured when not). */
    private static void ensureDocuments(ConfigurableApplicationContext ctx, Path data, int count) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
        List<Long> holders = jdbc.queryForList("select distinct resource_id from resource_file order by 1", Long.class);
        if (!holders.equals(pdfResources(jdbc, count))) {
            System.out.printf("Preparing the corpus's %d PDFs (%d resources hold documents)…%n", count, holders.size());
            ingest(ctx, data, count, false);
        }
    }

    private static void ingest(ConfigurableApplicationContext ctx, Path data, int count, boolean print)
            throws Exception {
        ResourceService service = ctx.getBean(ResourceService.class);
        ExtractionJob job = ctx.getBean(ExtractionJob.class);
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
        removeDocuments(ctx, data);
        List<Long> ids = pdfResources(jdbc, count);
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
        // Taking turns chunk by chunk, so that both run under the same conditions (JIT, garbage
        // collection, the machine's other load); the first chunk warms both up and is not counted.
        // Both read PDFs with PDFBox.
        AutoDetectParser tika = new AutoDetectParser();
        var tx = ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        int chunk = 100;
        long raw = 0;
        long carta = 0;
        long upload = 0;
        int measured = 0;
        for (int from = 0; from < files.size(); from += chunk) {
            int to = Math.min(files.size(), from + chunk);
            long t = System.nanoTime();
            for (int i = from; i < to; i++) {
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
            long uploaded = System.nanoTime();
            for (int i = from; i < to; i++) {
                tika.parse(
                        new ByteArrayInputStream(files.get(i)),
                        new BodyContentHandler(-1),
                        new Metadata(),
                        new ParseContext());
            }
            long parsed = System.nanoTime();
            job.runPending(); // returns once the pages are searchable
            long done = System.nanoTime();
            if (from > 0) {
                upload += uploaded - t;
                raw += parsed - uploaded;
                carta += done - parsed;
                measured += to - from;
            }
        }
        if (!print) {
            return;
        }
        System.out.printf(
                "%nPDF ingest of %d four-page PDFs (in turns of %d, after %d of each for warm-up): raw Tika"
                        + " %.1f files/s, Carta (extract per page + detect language + save pages + index, until searchable)"
                        + " %.1f files/s = %.0f%% of raw%n",
                measured, chunk, chunk, measured / (raw / 1e9), measured / (carta / 1e9), 100.0 * raw / carta);
        System.out.printf(
                "  Upload before it (store with checksum and type sniffing, one transaction per file):"
                        + " %.1f files/s%n",
                measured / (upload / 1e9));
    }

    private static void export(ConfigurableApplicationContext ctx, int n) throws Exception {
        ResourceExport export = ctx.getBean(ResourceExport.class);
        BenchData.ensureFullText(new JdbcTemplate(ctx.getBean(DataSource.class)));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        long[] bytes = {0};
        export.csv(
                new ResourceQuery(null, null, null, null, null, null, null, null, null, null, "date", 1, 20),
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
        System.out.printf(
                "%nCSV export of every published resource: %.1f s, %.1f MB written, heap max %d MB,"
                        + " peak heap used %d MB%n",
                seconds, bytes[0] / 1e6, Runtime.getRuntime().maxMemory() / 1_048_576, peak / 1_048_576);
    }

    interface Run {
        long run(int i) throws Exception;
    }

    /**
     * Times each contender on the same queries, taking turns query by query so that all of them run
     * under the same conditions (JIT, caches, garbage collection), after a warm-up of each.
     */
    private static double[][] time(int rounds, List<Run> runs) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (Run run : runs) {
                run.run(i);
            }
        }
        double[][] ms = new double[runs.size()][rounds * QUERIES.size()];
        for (int i = 0; i < rounds * QUERIES.size(); i++) {
            // Each round starts with another contender, so that none always runs right after the same one.
            for (int k = 0; k < runs.size(); k++) {
                int r = (k + i) % runs.size();
                long t = System.nanoTime();
                runs.get(r).run(i);
                ms[r][i] = (System.nanoTime() - t) / 1e6;
            }
        }
        for (double[] m : ms) {
            Arrays.sort(m);
        }
        return ms;
    }

    private static double[] time(int rounds, Run run) throws Exception {
        return time(rounds, List.of(run))[0];
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void report(String label, double[] ms) {
        System.out.printf("  %-26s p50 %7.2f  p95 %7.2f  p99 %7.2f%n", label, pct(ms, 50), pct(ms, 95), pct(ms, 99));
    }

    private SearchBench() {}
}
