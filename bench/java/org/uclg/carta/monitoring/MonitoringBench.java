package org.uclg.carta.monitoring;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.uclg.carta.CartaApplication;
import org.uclg.carta.monitoring.reporting.StatusScale;

/**
 * Charter monitoring benchmark (issue 4): 1,000 local governments adhering to the Global
 * Charter-Agenda, 5 cycles asking its 12 articles, a published report from each local
 * government in each cycle (60,000 answers) and 200,000 indicator values. Prints the server time
 * of the dashboard, a local government page, the compare page and the PDF reports over HTTP on
 * the running server, and the peak heap of a full CSV export. Usage: bench/monitoring
 */
public final class MonitoringBench {

    static final int LGS = 1_000;
    static final int CYCLES = 5;
    static final int INDICATORS = 20;
    static final int YEARS = 10;
    static final int ROUNDS = 30;

    private MonitoringBench() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "pages";
        Path data = Path.of(System.getProperty("bench.data", "bench/target/monitoring-data"))
                .toAbsolutePath();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CartaApplication.class)
                .run(
                        "--server.port=0",
                        "--carta.data-dir=" + data,
                        "--carta.demo=false",
                        "--carta.extraction.delay-ms=3600000",
                        "--carta.monitoring.mail-initial-delay-ms=3600000",
                        "--carta.admin.password=bench-admin-password",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            ensureData(jdbc);
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            String base = "http://localhost:" + port;
            if (mode.equals("export")) {
                export(base);
            } else {
                pages(base, jdbc);
            }
        } finally {
            ctx.close();
        }
    }

    private static void pages(String base, JdbcTemplate jdbc) throws Exception {
        long lg =
                jdbc.queryForObject("select min(id) from local_government where external_id like 'bench-%'", Long.class)
                        + 417;
        long cycle = jdbc.queryForObject("select max(id) from reporting_cycle", Long.class);
        List<Long> articles = jdbc.queryForList(
                "select article_id from cycle_article where cycle_id = ? " + "order by article_id limit 6",
                Long.class,
                cycle);
        List<Long> indicators = jdbc.queryForList("select id from indicator order by id limit 5", Long.class);
        StringBuilder compare = new StringBuilder("/en/monitoring/compare?lg=" + lg + "&lg=" + (lg + 1) + "&lg="
                + (lg + 2) + "&lg=" + (lg + 3) + "&lg=" + (lg + 4));
        articles.forEach(a -> compare.append("&article=").append(a));
        indicators.forEach(i -> compare.append("&indicator=").append(i));
        System.out.printf(
                "%nCharter monitoring over %d local governments, %d cycles × 12 articles, %,d answers, "
                        + "%,d indicator values (%d rounds after 5 warm-up, server time over HTTP, ms)%n",
                LGS,
                CYCLES,
                jdbc.queryForObject("select count(*) from report_answer", Long.class),
                jdbc.queryForObject("select count(*) from indicator_value", Long.class),
                ROUNDS);
        report("framework dashboard", base + "/en/monitoring/frameworks/GCA/dashboard", 150);
        report("local government page", base + "/en/monitoring/local-governments/" + lg, 150);
        report("compare page (5 LGs, 6 articles, 5 indicators)", base + compare, 150);
        report(
                "PDF report of a local government",
                base + "/en/monitoring/local-governments/" + lg + "/report.pdf",
                1000);
        report("PDF report of a cycle (1,000 reports)", base + "/en/monitoring/cycles/" + cycle + "/report.pdf", 1000);
    }

    private static void report(String name, String url, double target) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        for (int i = 0; i < 5; i++) {
            check(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), url);
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode(), url);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double p95 = ms[(int) Math.ceil(0.95 * ROUNDS) - 1];
        System.out.printf(
                "  %-48s p50 %7.1f  p95 %7.1f  (target %4.0f: p95 = %.2f× the target)%n",
                name, ms[ROUNDS / 2], p95, target, p95 / target);
    }

    private static void check(int status, String url) {
        if (status != 200) {
            throw new IllegalStateException(status + " from " + url);
        }
    }

    /** The full CSV export of every indicator value, streamed to nowhere, with the heap's peak meanwhile. */
    private static void export(String base) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/en/monitoring/frameworks/GCA/values.csv"))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (var in = r.body()) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "%nFull CSV export of the indicator values with -Xmx%dm: %.1f s, %.1f MB written, "
                        + "peak heap %.1f MB (target 256 MB: %.2f× the target)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                seconds,
                bytes / 1e6,
                peak / 1048576.0,
                peak / 1048576.0 / 256);
    }

    /** Generates the data set once, in SQL; later runs reuse it. */
    static void ensureData(JdbcTemplate jdbc) {
        Long have = jdbc.queryForObject(
                "select count(*) from local_government where external_id like 'bench-%'", Long.class);
        if (have != null && have >= LGS) {
            return;
        }
        long t = System.nanoTime();
        jdbc.update("""
                insert into local_government (external_id, name, type, country, region_code, status)
                select 'bench-' || g, jsonb_build_object('en', 'City ' || g, 'fr', 'Ville ' || g, 'es', 'Ciudad ' || g),
                  'CITY', (array['FR','ES','BR','KR','SE','UY','ZA','KE','MX','ID','CA','DE','IT','AR','CO'])[1 + g % 15],
                  (select code from region order by code offset (g % (select count(*) from region)) limit 1), 'MEMBER'
                from generate_series(1, ?) g""", LGS);
        jdbc.update("""
                insert into adherence (local_government_id, framework_code, adhered_on, decision, created_by, created_at, updated_at)
                select id, 'GCA', date '2012-01-01' + (id % 3000)::int, 'Bench decision', 'bench', now(), now()
                from local_government where external_id like 'bench-%'""");
        jdbc.update("""
                insert into indicator (code, name, kind, unit, direction, updated_at)
                select 'BENCH-' || g, jsonb_build_object('en', 'Bench indicator ' || g), 'OUTCOME', '%', 'HIGHER_IS_BETTER', now()
                from generate_series(1, ?) g on conflict (code) do nothing""", INDICATORS);
        String scale = "["
                + String.join(
                        ",",
                        StatusScale.STANDARD.stream()
                                .map(code -> "{\"code\":\"" + code + "\",\"label\":{\"en\":\"" + code + "\"}}")
                                .toList())
                + "]";
        for (int c = 0; c < CYCLES; c++) {
            int year = 2017 + 2 * c;
            Long id = jdbc.queryForObject("""
                    insert into reporting_cycle (framework_code, title, period_start, period_end, opens_on, deadline, scale,
                      created_by, updated_at)
                    values ('GCA', jsonb_build_object('en', 'Bench cycle ' || ?::text), make_date(?, 1, 1), make_date(? + 1, 12, 31),
                      make_date(? + 2, 1, 15), make_date(? + 2, 5, 31), ?::jsonb, 'bench', now()) returning id""", Long.class, year, year, year, year, year, scale);
            jdbc.update(
                    "insert into cycle_article (cycle_id, article_id) select ?, a.id from article a "
                            + "join framework f on f.id = a.framework_id where f.code = 'GCA'",
                    id);
            jdbc.update(
                    "insert into cycle_indicator (cycle_id, indicator_id) select ?, id from indicator "
                            + "where code like 'BENCH-%' and code <= 'BENCH-5'",
                    id);
            jdbc.update("""
                    insert into report (cycle_id, local_government_id, state, created_by, updated_by, updated_at, submitted_at, published_at)
                    select ?, id, 'PUBLISHED', 'bench', 'bench', now(), now(), now()
                    from local_government where external_id like 'bench-%'""", id);
            jdbc.update("""
                    insert into report_answer (report_id, article_id, status, narrative)
                    select r.id, ca.article_id, (array['not_started','planned','in_progress','achieved','not_applicable'])[1 + (r.id + ca.article_id) % 5],
                      jsonb_build_object('en', 'Measures taken under this article in the period, with their results.')
                    from report r join cycle_article ca on ca.cycle_id = r.cycle_id where r.cycle_id = ?""", id);
        }
        jdbc.update("""
                insert into indicator_value (indicator_id, local_government_id, year, disaggregation, value, updated_at)
                select i.id, lg.id, y, '', ((lg.id * 7 + i.id * 3 + y) % 1000) / 10.0, now()
                from local_government lg cross join indicator i cross join generate_series(2015, 2015 + ? - 1) y
                where lg.external_id like 'bench-%' and i.code like 'BENCH-%'""", YEARS);
        jdbc.execute("analyze");
        System.out.printf("Generated the monitoring data set in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }
}
