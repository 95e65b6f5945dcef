package org.uclg.carta.advocacy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.uclg.carta.CartaApplication;

/**
 * Advocacy benchmark (issue 16): one open campaign with 5,000 verified local government
 * endorsements and 200,000 confirmed personal signatures. Prints the server time over HTTP of the
 * campaign page (counters, the world map, endorsers by region, the first endorsers), a deep page of
 * endorsers, the SVG badge and the endorsements API, each beside the same server sending a static
 * file (the baseline, measured in the same run); then signature intake by 32 concurrent clients
 * through the signing form: throughput, duplicates stored (none), confirmation emails queued and
 * none sent during the requests. Usage: bench/advocacy
 */
public final class AdvocacyBench {

    static final int LOCAL_GOVERNMENTS = 5_000;
    static final int SIGNATURES = 200_000;
    static final int ROUNDS = 40;
    static final int CLIENTS = 32;
    static final int INTAKE = 3_000;

    private AdvocacyBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("bench.data", "bench/target/advocacy-data"))
                .toAbsolutePath();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CartaApplication.class)
                .run(
                        "--server.port=0",
                        "--carta.data-dir=" + data,
                        "--carta.demo=false",
                        "--carta.extraction.delay-ms=3600000",
                        "--carta.monitoring.mail-initial-delay-ms=3600000",
                        // Confirmation emails stay queued: the run counts them and checks none left in a request.
                        "--carta.advocacy.mail-initial-delay-ms=3600000",
                        // Every client is on the loopback address: the per-client hourly limit would stop the
                        // intake after 30; the per-address limit and the pace check still apply.
                        "--carta.advocacy.signatures-per-client-hour=1000000",
                        "--carta.advocacy.sign-min-seconds=0",
                        "--carta.admin.password=bench-admin-password",
                        "--logging.level.root=WARN",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "--spring.main.banner-mode=off");
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            long campaign = ensureData(jdbc);
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) ctx).getWebServer().getPort();
            System.out.printf(
                    "%nAdvocacy over one campaign with %,d verified endorsements and %,d confirmed signatures "
                            + "(%d rounds after 5 warm-up, server time over HTTP, ms)%n",
                    jdbc.queryForObject(
                            "select count(*) from endorsement where campaign_id = ? and state = 'verified'",
                            Long.class,
                            campaign),
                    jdbc.queryForObject(
                            "select count(*) from signature where campaign_id = ? and state = 'confirmed'",
                            Long.class,
                            campaign),
                    ROUNDS);
            double baseline = time(base + "/css/carta.css")[1];
            System.out.printf(
                    "  %-46s p95 %7.1f  (the baseline: a static file from the same server)%n",
                    "static file /css/carta.css", baseline);
            report("campaign page (counters, map, regions)", base + "/en/campaigns/" + campaign, baseline);
            report("campaign page, endorsers page 40", base + "/en/campaigns/" + campaign + "?endorsers=40", baseline);
            report("SVG counter badge", base + "/en/campaigns/" + campaign + "/badge.svg", baseline);
            report("API campaign (counters, goal)", base + "/api/v1/campaigns/" + campaign, baseline);
            report(
                    "API endorsements (size 100)",
                    base + "/api/v1/campaigns/" + campaign + "/endorsements?size=100",
                    baseline);
            report(
                    "API endorsements (size 100, page 50)",
                    base + "/api/v1/campaigns/" + campaign + "/endorsements?size=100&page=50",
                    baseline);
            intake(base, jdbc, campaign);
        } finally {
            ctx.close();
        }
    }

    /** 32 clients, each with its own session, CSRF token and form stamp, sign until 3,000 tries; every tenth repeats an address. */
    private static void intake(String base, JdbcTemplate jdbc, long campaign) throws Exception {
        jdbc.update("delete from signature where campaign_id = ? and email like 'intake%'", campaign);
        long before = jdbc.queryForObject("select count(*) from signature where campaign_id = ?", Long.class, campaign);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .build();
                String page = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/en/campaigns/" + campaign))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                String csrf = field(page, "_csrf");
                String shown = field(page, "shown");
                for (int i; (i = next.getAndIncrement()) < INTAKE; ) {
                    // Every tenth try repeats the previous address: one person, one signature.
                    int person = i % 10 == 9 ? i - 1 : i;
                    String form = "_csrf=" + enc(csrf) + "&shown=" + enc(shown) + "&website=&name="
                            + enc("Intake person " + person) + "&email=" + enc("intake" + person + "@bench.example")
                            + "&showName=true&country=FR";
                    HttpResponse<Void> r = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/en/campaigns/" + campaign + "/sign"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 302) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = jdbc.queryForObject("select count(*) from signature where campaign_id = ?", Long.class, campaign)
                - before;
        long distinct = jdbc.queryForObject(
                "select count(distinct email_key) from signature where campaign_id = ? and email like 'intake%'",
                Long.class, campaign);
        long queued = jdbc.queryForObject(
                "select count(*) from signature where campaign_id = ? and email like 'intake%' and mail_state = 'queued'",
                Long.class, campaign);
        long sent = jdbc.queryForObject(
                "select count(*) from signature where campaign_id = ? and email like 'intake%' and mail_state = 'sent'",
                Long.class, campaign);
        System.out.printf(
                "  signature intake by %d concurrent clients: %,d tries (%,d people) in %.1f s = %.0f/s; %,d stored, %,d distinct (duplicates: %d), %,d confirmation emails queued, %d sent inside a request, %d not accepted%n",
                CLIENTS,
                INTAKE,
                INTAKE - INTAKE / 10,
                seconds,
                INTAKE / seconds,
                stored,
                distinct,
                stored - distinct,
                queued,
                sent,
                failed.get());
    }

    private static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " field on the campaign page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void report(String name, String url, double baseline) throws Exception {
        double[] t = time(url);
        System.out.printf(
                "  %-46s p50 %7.1f  p95 %7.1f  (%.1f× the static file; target 50: p95 = %.2f× the target)%n",
                name, t[0], t[1], t[1] / baseline, t[1] / 50);
    }

    /** p50 and p95 in ms. */
    private static double[] time(String url) throws Exception {
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
        return new double[] {ms[ROUNDS / 2], ms[(int) Math.ceil(0.95 * ROUNDS) - 1]};
    }

    private static void check(int status, String url) {
        if (status != 200) {
            throw new IllegalStateException(url + " answered " + status);
        }
    }

    /** Generated once in SQL; a second run finds it. */
    static long ensureData(JdbcTemplate jdbc) {
        List<Long> found =
                jdbc.queryForList("select id from campaign where title->>'en' = 'Bench campaign'", Long.class);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        System.out.println("Generating the benchmark's campaign (once)…");
        jdbc.update("""
                insert into local_government (external_id, name, type, country, region_code, population, latitude,
                  longitude, status)
                select 'bench-' || g, jsonb_build_object('en', 'Bench city ' || g, 'fr', 'Ville ' || g, 'es', 'Ciudad ' || g),
                  (array['CITY','CITY','METROPOLIS','REGION'])[1 + g % 4],
                  (array['FR','CO','KR','SN','BR','ES','MX','KE','IN','CA','TR','JP'])[1 + g % 12],
                  (array['EUROPE','LATAM','ASPAC','AFRICA','LATAM','EUROPE','LATAM','AFRICA','ASPAC','NORAM','MEWA','ASPAC'])[1 + g % 12],
                  10000 + g * 37, -50 + (g % 100), -150 + (g % 300), 'MEMBER'
                from generate_series(1, ?) g""", LOCAL_GOVERNMENTS);
        long campaign = jdbc.queryForObject("""
                insert into campaign (state, title, call_to_action, goal, opens_on, statement_version, created_by,
                  created_at, updated_at)
                values ('open', '{"en":"Bench campaign","fr":"Campagne de mesure","es":"Campaña de medida"}',
                  '{"en":"Sign the bench statement"}', 6000, current_date - 100, 2, 'bench', now(), now())
                returning id""", Long.class);
        jdbc.update("""
                insert into campaign_statement (campaign_id, number, text, created_at, created_by)
                values (?, 1, '{"en":"The first statement."}', now() - interval '100 days', 'bench'),
                  (?, 2, '{"en":"The amended statement."}', now() - interval '50 days', 'bench')""", campaign, campaign);
        jdbc.update("""
                insert into endorsement (campaign_id, local_government_id, country, region, statement_version, state,
                  signatory_name, signatory_title, submitted_by, submitted_at, verified_by, verified_at)
                select ?, id, country, region_code, 1 + id % 2, 'verified', 'Mayor of ' || (name->>'en'), 'Mayor',
                  'bench', now() - (id % 90) * interval '1 day', 'bench', now() - (id % 90) * interval '1 day'
                from local_government where external_id like 'bench-%'""", campaign);
        jdbc.update("""
                insert into signature (campaign_id, email, email_key, name, show_name, country, language,
                  statement_version, state, created_at, confirmed_at)
                select ?, 'p' || g || '@bench.example', 'p' || g || '@bench.example', 'Person ' || g, g % 3 = 0,
                  (array['FR','CO','KR','SN'])[1 + g % 4], (array['en','fr','es'])[1 + g % 3], 1 + g % 2,
                  'confirmed', now() - (g % 90) * interval '1 day', now() - (g % 90) * interval '1 day'
                from generate_series(1, ?) g""", campaign, SIGNATURES);
        jdbc.execute("analyze");
        return campaign;
    }
}
