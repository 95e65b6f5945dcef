package org.uclg.carta.events;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Events benchmark (issue 15): 10,000 events over ten years, a Forum edition with 300 sessions
 * and 600 speakers, 20,000 registrations. Prints the server time over HTTP of the timetable page,
 * the calendar, the events API and the iCalendar feed, each beside the same server sending a
 * static file (the baseline, measured in the same run), then registrations by 32 concurrent
 * clients through the registration form (throughput; seats confirmed never above capacity).
 * Usage: bench/events
 */
public final class EventsBench {

    static final int EVENTS = 10_000;
    static final int SESSIONS = 300;
    static final int SPEAKERS = 600;
    static final int REGISTRATIONS = 20_000;
    static final int ROUNDS = 40;
    static final int CLIENTS = 32;

    private EventsBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("bench.data", "bench/target/events-data"))
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
                        // The previous run's registration emails are not sent again while this one measures.
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "--spring.main.banner-mode=off");
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            ensureData(jdbc);
            jdbc.update("delete from event_publication");
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) ctx).getWebServer().getPort();
            long edition = jdbc.queryForObject(
                    "select id from event where kind = 'FORUM' and title->>'en' = 'Bench Forum'", Long.class);
            String day = jdbc.queryForObject(
                    "select to_char(min(starts_at) at time zone 'Asia/Seoul', 'YYYY-MM-DD') from forum_session where event_id = ?",
                    String.class,
                    edition);
            long one = jdbc.queryForObject(
                    "select min(id) from event where state = 'PUBLISHED' and ends_at > now()", Long.class);
            System.out.printf(
                    "%nEvents over %,d events, %,d registrations, a Forum edition of %d sessions and %d speakers "
                            + "(%d rounds after 5 warm-up, server time over HTTP, ms)%n",
                    jdbc.queryForObject("select count(*) from event", Long.class),
                    jdbc.queryForObject("select count(*) from registration", Long.class),
                    jdbc.queryForObject("select count(*) from forum_session where event_id = ?", Long.class, edition),
                    jdbc.queryForObject("select count(*) from speaker", Long.class),
                    ROUNDS);
            double baseline = time(base + "/css/carta.css")[1];
            System.out.printf(
                    "  %-44s p95 %7.1f  (the baseline: a static file from the same server)%n",
                    "static file /css/carta.css", baseline);
            report(
                    "timetable page (one day, 75 sessions)",
                    base + "/en/forum/" + edition + "?day=" + day,
                    50,
                    baseline);
            report("calendar page (upcoming, page 1)", base + "/en/events", 50, baseline);
            report(
                    "calendar page (past, kind + language + page 3)",
                    base + "/en/events?when=past&kind=learning&language=es&page=3",
                    50,
                    baseline);
            report(
                    "month table",
                    base + "/en/events/month?month="
                            + LocalDate.now().plusMonths(2).toString().substring(0, 7),
                    50,
                    baseline);
            report("API list (size 50)", base + "/api/v1/events?size=50", 50, baseline);
            report("API one event", base + "/api/v1/events/" + one, 50, baseline);
            report("iCalendar feed of all upcoming events", base + "/en/events.ics", 200, baseline);
            registrations(base, jdbc);
        } finally {
            ctx.close();
        }
    }

    /** 32 clients, each with its own session and CSRF token, register to one event of 500 seats until 1,500 tries. */
    private static void registrations(String base, JdbcTemplate jdbc) throws Exception {
        jdbc.update("delete from event where title->>'en' = 'Bench registrations'");
        jdbc.update("""
                insert into event (kind, state, title, starts_at, ends_at, time_zone, online_url, registration_mode,
                  capacity, published_at, updated_at)
                values ('MEETING', 'PUBLISHED', '{"en":"Bench registrations"}', now() + interval '30 days',
                  now() + interval '30 days 2 hours', 'Europe/Paris', 'https://meet.bench.example/1', 'OPEN', 500, now(), now())""");
        long event = jdbc.queryForObject("select id from event where title->>'en' = 'Bench registrations'", Long.class);
        int tries = 1_500;
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
                                HttpRequest.newBuilder(URI.create(base + "/en/events/" + event))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
                if (!m.find()) {
                    throw new IllegalStateException("No CSRF token on the event page");
                }
                String csrf = m.group(1);
                for (int i; (i = next.getAndIncrement()) < tries; ) {
                    String form = "_csrf=" + enc(csrf) + "&name=" + enc("Bench person " + i) + "&email="
                            + enc("bench" + i + "@bench.example") + "&language=en";
                    HttpResponse<Void> r = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/en/events/" + event + "/register"))
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
        long confirmed = jdbc.queryForObject(
                "select count(*) from registration where event_id = ? and state = 'CONFIRMED'", Long.class, event);
        long waiting = jdbc.queryForObject(
                "select count(*) from registration where event_id = ? and state = 'WAITING'", Long.class, event);
        System.out.printf(
                "  registrations by %d concurrent clients: %,d in %.1f s = %.0f/s; %d confirmed for 500 seats (overbooked: %d), %d waiting, %d not accepted%n",
                CLIENTS,
                tries,
                seconds,
                tries / seconds,
                confirmed,
                Math.max(0, confirmed - 500),
                waiting,
                failed.get());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void report(String name, String url, double target, double baseline) throws Exception {
        double[] t = time(url);
        System.out.printf(
                "  %-44s p50 %7.1f  p95 %7.1f  (%.1f× the static file; target %3.0f: p95 = %.2f× the target)%n",
                name, t[0], t[1], t[1] / baseline, target, t[1] / target);
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
    static void ensureData(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from event where title->>'en' = 'Bench Forum'", Long.class) > 0) {
            return;
        }
        System.out.println("Generating the benchmark's events (once)…");
        jdbc.update("""
                insert into event (kind, state, title, summary, starts_at, ends_at, time_zone, city, country, region,
                  online_url, registration_mode, published_at, updated_at)
                select (array['MEETING','DEBATE','LEARNING','LEARNING'])[1 + g % 4],
                  case when g % 50 = 0 then 'CANCELLED' when g % 97 = 0 then 'DRAFT' else 'PUBLISHED' end,
                  jsonb_build_object('en', 'Bench event ' || g, 'fr', 'Événement ' || g, 'es', 'Evento ' || g),
                  jsonb_build_object('en', 'A gathering of the network, number ' || g),
                  now() - interval '5 years' + (g * interval '5 hours 15 minutes'),
                  now() - interval '5 years' + (g * interval '5 hours 15 minutes') + interval '2 hours',
                  (array['Europe/Paris','America/Bogota','Asia/Seoul','Africa/Dakar'])[1 + g % 4],
                  case when g % 3 = 0 then null else (array['Paris','Bogotá','Seoul','Dakar'])[1 + g % 4] end,
                  case when g % 3 = 0 then null else (array['FR','CO','KR','SN'])[1 + g % 4] end,
                  (array['EUROPE','LATAM','ASPAC','AFRICA'])[1 + g % 4],
                  case when g % 2 = 0 then 'https://meet.bench.example/' || g end,
                  case when g % 5 = 0 then 'OPEN' else 'CLOSED' end, now(), now()
                from generate_series(1, ?) g""", EVENTS);
        jdbc.update("""
                insert into event_language (event_id, language)
                select id, (array['en','fr','es'])[1 + id % 3] from event""");
        jdbc.update("""
                insert into event_language (event_id, language)
                select id, 'en' from event where id % 3 <> 0 on conflict do nothing""");
        jdbc.update("""
                insert into event_article (event_id, article_id)
                select e.id, a.id from event e join (select id, row_number() over (order by id) n from article) a
                  on a.n = 1 + e.id % 30""");
        jdbc.update("""
                insert into registration (event_id, state, name, email, language, created_at, confirmed_at)
                select e.id, 'CONFIRMED', 'Person ' || g, 'p' || g || '-' || e.id || '@bench.example', 'en', now(), now()
                from (select id, row_number() over (order by id) n from event where registration_mode = 'OPEN' limit 2000) e,
                  generate_series(1, ?) g""", REGISTRATIONS / 2000);
        jdbc.update("""
                insert into event (kind, state, title, starts_at, ends_at, time_zone, city, country, registration_mode,
                  published_at, updated_at)
                values ('FORUM', 'PUBLISHED', '{"en":"Bench Forum"}', now() + interval '60 days',
                  now() + interval '64 days', 'Asia/Seoul', 'Gwangju', 'KR', 'CLOSED', now(), now())""");
        long edition = jdbc.queryForObject("select id from event where title->>'en' = 'Bench Forum'", Long.class);
        jdbc.update(
                "insert into forum_room (event_id, name, position) select ?, 'Room ' || g, g from generate_series(1, 10) g",
                edition);
        jdbc.update(
                "insert into forum_track (event_id, name, position) select ?, jsonb_build_object('en', 'Track ' || g), g from generate_series(1, 5) g",
                edition);
        jdbc.update("""
                insert into speaker (name, affiliation, biography, updated_at)
                select 'Speaker ' || g, 'City ' || (g % 80), jsonb_build_object('en', 'Biography of speaker ' || g), now()
                from generate_series(1, ?) g""", SPEAKERS);
        jdbc.update("""
                insert into forum_session (event_id, format, published, title, abstract, starts_at, ends_at, room_id, track_id, updated_at)
                select ?, (array['PLENARY','THEMATIC','WORKSHOP','SIDE_EVENT'])[1 + g % 4], true,
                  jsonb_build_object('en', 'Session ' || g, 'fr', 'Session ' || g),
                  jsonb_build_object('en', 'About session ' || g),
                  (select starts_at from event where id = ?) + ((g / 75) * interval '1 day') + ((g % 75 / 10) * interval '1 hour'),
                  (select starts_at from event where id = ?) + ((g / 75) * interval '1 day') + ((g % 75 / 10) * interval '1 hour') + interval '50 minutes',
                  (select min(id) from forum_room where event_id = ?) + g % 10,
                  (select min(id) from forum_track where event_id = ?) + g % 5, now()
                from generate_series(0, ? - 1) g""", edition, edition, edition, edition, edition, SESSIONS);
        jdbc.update("""
                insert into forum_session_speaker (session_id, position, speaker_id, moderator)
                select s.id, p, (select min(id) from speaker) + ((s.id * 2 + p) % ?), p = 0
                from forum_session s, generate_series(0, 1) p where s.event_id = ?""", SPEAKERS, edition);
        jdbc.update(
                "insert into forum_session_language (session_id, language) select id, 'en' from forum_session where event_id = ?",
                edition);
    }
}
