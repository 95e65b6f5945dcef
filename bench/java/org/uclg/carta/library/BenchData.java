package org.uclg.carta.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.jdbc.core.JdbcTemplate;

import org.uclg.carta.library.search.IndexRebuild;

/** Fills the benchmark database once (the data directory is kept between runs). */
final class BenchData {

    static final List<String> TYPES =
            List.of("POLICY", "CASE_STUDY", "PUBLICATION", "GUIDE", "DECLARATION", "UN_DOCUMENT");
    static final List<String> REGIONS = List.of("AFRICA", "ASPAC", "EURASIA", "EUROPE", "LATAM", "MEWA", "NORAM");
    static final List<String> COUNTRIES = List.of("SN", "KR", "KZ", "ES", "CO", "JO", "CA");

    static void ensure(DataSource ds, IndexRebuild rebuild, int n) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        long existing = jdbc.queryForObject("select count(*) from resource", Long.class);
        if (existing < n) {
            System.out.printf("Generating %d resources…%n", n - existing);
            List<Long> lgs = localGovernments(jdbc);
            List<Object[]> articles = jdbc.query(
                    "select a.id, f.code from article a join framework f" + " on f.id = a.framework_id order by a.id",
                    (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
            BenchCorpus corpus = new BenchCorpus(42 + existing);
            Timestamp now = Timestamp.from(Instant.now());
            for (long done = existing; done < n; done += 1000) {
                int batch = (int) Math.min(1000, n - done);
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    String lang = List.of("fr", "en", "es").get(corpus.nextInt(3));
                    int region = corpus.nextInt(REGIONS.size());
                    rows.add(new Object[] {
                        TYPES.get(corpus.nextInt(TYPES.size())),
                        json(corpus.text("fr", 8), corpus.text("en", 8), corpus.text("es", 8)),
                        json(lang, corpus.text(lang, 30)),
                        json(lang, corpus.text(lang, 120)),
                        lang,
                        java.sql.Date.valueOf(LocalDate.of(2005 + corpus.nextInt(20), 1 + corpus.nextInt(12), 1)),
                        REGIONS.get(region),
                        COUNTRIES.get(region),
                        now,
                        now
                    });
                }
                List<Long> ids = new ArrayList<>();
                for (Object[] row : rows) {
                    ids.add(jdbc.queryForObject(
                            "insert into resource (type, title, summary, body, sections,"
                                    + " original_languages, issued_on, region_code, country, created_by, created_at, updated_at,"
                                    + " pub_state, version) values (?, ?::jsonb, ?::jsonb, ?::jsonb, '{}', ?, ?, ?, ?, 'bench',"
                                    + " ?, ?, 'PUBLISHED', 0) returning id",
                            Long.class,
                            row));
                }
                List<Object[]> links = new ArrayList<>();
                List<Object[]> tags = new ArrayList<>();
                for (Long id : ids) {
                    links.add(new Object[] {id, lgs.get(corpus.nextInt(lgs.size()))});
                    Object[] a = articles.get(corpus.nextInt(articles.size()));
                    tags.add(new Object[] {id, a[0], a[1]});
                }
                jdbc.batchUpdate("insert into resource_local_government values (?, ?) on conflict do nothing", links);
                jdbc.batchUpdate("insert into resource_article values (?, ?, ?) on conflict do nothing", tags);
            }
            System.out.println("Indexing…");
            long t = System.nanoTime();
            rebuild.runNow();
            System.out.printf("Indexed in %.0f s%n", (System.nanoTime() - t) / 1e9);
        }
    }

    /**
     * PostgreSQL full text's own table: the rows' id, the columns its queries filter on and a
     * {@code tsvector} with a GIN index, as Decidim's {@code decidim_searchable_resources} keeps
     * them apart from the searched records. Carta's {@code resource} table keeps the shape it has in
     * production: an earlier version of the benchmark added the {@code tsvector} to it, which
     * doubled its rows (2.5 KB on average) and moved them out of line (TOAST), so that everything
     * else reading resources, such as the export, read twice the pages a real platform would.
     */
    static void ensureFullText(JdbcTemplate jdbc) {
        jdbc.execute("create table if not exists bench_fts (id bigint primary key, pub_state varchar(20) not null,"
                + " type varchar(30) not null, region_code varchar(20), tsv tsvector not null)");
        jdbc.execute("insert into bench_fts select id, pub_state, type, region_code, to_tsvector('simple',"
                + " unaccent(title::text || ' ' || summary::text || ' ' || body::text)) from resource r"
                + " where not exists (select 1 from bench_fts b where b.id = r.id)");
        jdbc.execute("create index if not exists bench_fts_tsv on bench_fts using gin (tsv)");
        Boolean inResource = jdbc.queryForObject(
                "select exists (select 1 from information_schema.columns"
                        + " where table_name = 'resource' and column_name = 'bench_tsv')",
                Boolean.class);
        if (Boolean.TRUE.equals(inResource)) {
            jdbc.execute("alter table resource drop column bench_tsv");
            jdbc.execute("vacuum full resource");
        }
        jdbc.execute("analyze bench_fts");
        jdbc.execute("analyze resource");
    }

    private static List<Long> localGovernments(JdbcTemplate jdbc) {
        List<Long> ids = jdbc.queryForList("select id from local_government", Long.class);
        for (int i = ids.size(); i < 200; i++) {
            int region = i % REGIONS.size();
            ids.add(jdbc.queryForObject(
                    "insert into local_government (external_id, name, type, country, region_code,"
                            + " status) values (?, ?::jsonb, 'CITY', ?, ?, 'MEMBER') returning id",
                    Long.class,
                    "bench-" + i,
                    json("en", "Bench city " + i),
                    COUNTRIES.get(region),
                    REGIONS.get(region)));
        }
        return ids;
    }

    private static String json(String fr, String en, String es) {
        return "{\"fr\":\"" + fr + "\",\"en\":\"" + en + "\",\"es\":\"" + es + "\"}";
    }

    private static String json(String lang, String text) {
        return "{\"" + lang + "\":\"" + text + "\"}";
    }

    static byte[] pdf(List<String> pages) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    cs.newLineAtOffset(40, 740);
                    for (int i = 0; i < text.length(); i += 90) {
                        cs.showText(text.substring(i, Math.min(text.length(), i + 90)));
                        cs.newLineAtOffset(0, -14);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private BenchData() {}
}
