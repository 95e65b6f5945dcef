package org.uclg.carta.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A soak: mixed anonymous and signed-in traffic at a bounded rate against a separate Carta JVM
 * for a set time, sampling each minute the heap after a full GC, live threads, open files and
 * database connections, to show that nothing leaks. See bench/README.md ("Soak").
 */
public final class SoakBench {

    private static final String[] WORDS = {
        "vivienda",
        "droit à la ville",
        "participation",
        "water",
        "migrants",
        "presupuesto participativo",
        "right to the city",
        "enfants",
        "género",
        "climate",
        "accessibilité",
        "transparency",
        "alimentación",
        "culture",
        "Gwangju",
        "derechos humanos"
    };
    private static final String[] LANGS = {"fr", "en", "es"};

    private final Platform platform;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    private SoakBench(Platform platform) {
        this.platform = platform;
    }

    public static void main(String[] args) throws Exception {
        int minutes = Integer.parseInt(System.getProperty("soak.minutes", "30"));
        int users = Integer.parseInt(System.getProperty("soak.users", "6"));
        Path data = Path.of("bench/target/soak");
        Files.createDirectories(data);
        Platform platform = new Platform(data, Integer.parseInt(System.getProperty("soak.port", "8097")), List.of());
        System.out.printf("Starting Carta (heap at most 512 MB, demo content) in %s …%n", data);
        platform.start("512m");
        try {
            new SoakBench(platform).run(minutes, users);
        } finally {
            platform.stop();
        }
    }

    private void run(int minutes, int users) throws Exception {
        List<String> pages = sitemapPaths();
        List<Long> resourceIds = resourceIds();
        System.out.printf(
                "%d pages from the sitemap, %d resources; %d users (a third signed in) for %d minutes%n",
                pages.size(), resourceIds.size(), users, minutes);
        String adminToken = platform.token(platform.signIn(Platform.ADMIN, Platform.ADMIN_PASSWORD), "soak metrics");
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            boolean signedIn = i % 3 == 2;
            long seed = i;
            Thread t = new Thread(() -> user(seed, signedIn, pages, resourceIds), "soak-user-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        System.out.println();
        System.out.println(
                "minute  requests  errors  heap after GC (MB)  threads  open files  db connections (active/idle)");
        List<long[]> samples = new ArrayList<>();
        long start = System.currentTimeMillis();
        for (int minute = 1; minute <= minutes; minute++) {
            Thread.sleep(Math.max(0, start + minute * 60_000L - System.currentTimeMillis()));
            long[] s = sample(adminToken);
            samples.add(s);
            System.out.printf(
                    "%6d  %8d  %6d  %18.1f  %7d  %10d  %d/%d%n",
                    minute, requests.get(), errors.get(), s[0] / 1024.0, s[1], s[2], s[3], s[4]);
        }
        running = false;
        for (Thread t : threads) {
            t.join(70_000);
        }
        summary(samples, minutes);
    }

    /** One virtual user: a page, a search or an API list, then a pause; signed-in users also write. */
    private void user(long seed, boolean signedIn, List<String> pages, List<Long> ids) {
        Random random = new Random(seed);
        try {
            HttpClient client =
                    signedIn ? platform.signIn(Platform.EDITOR, Platform.DEMO_PASSWORD) : Platform.browser();
            String token = signedIn ? platform.token(client, "soak " + seed) : null;
            long loops = 0;
            while (running) {
                String lang = LANGS[random.nextInt(3)];
                String word = Platform.enc(WORDS[random.nextInt(WORDS.length)]);
                long id = ids.get(random.nextInt(ids.size()));
                switch (random.nextInt(8)) {
                    case 0, 1 -> expect(client, pages.get(random.nextInt(pages.size())), 200);
                    case 2 ->
                        expect(client, "/" + lang + "/resources?q=" + word + "&page=" + (1 + random.nextInt(2)), 200);
                    case 3 -> expect(client, "/" + lang + "/resources/" + id, 200);
                    case 4 -> expect(client, "/api/v1/resources?q=" + word + "&lang=" + lang, 200);
                    case 5 -> expect(client, "/" + lang + "/search?q=" + word, 200);
                    case 6 -> expect(client, "/api/v1/local-governments?page=" + (1 + random.nextInt(3)), 200);
                    default -> expect(client, "/" + lang + "/resources?type=guide&sort=date", 200);
                }
                if (signedIn && ++loops % 40 == 0) {
                    write(token, seed, loops);
                }
                if (signedIn && loops % 200 == 0) { // a new session now and then: sessions must not pile up
                    client = platform.signIn(Platform.EDITOR, Platform.DEMO_PASSWORD);
                }
                Thread.sleep(100 + random.nextInt(200));
            }
        } catch (Exception e) {
            error("user " + seed + " stopped: " + e);
        }
    }

    /** A draft created and then edited through the API: the write path, with its audit and index updates. */
    private void write(String token, long seed, long loop) throws Exception {
        HttpClient api = HttpClient.newHttpClient();
        String json = "{\"type\":\"guide\",\"title\":{\"en\":\"Soak draft " + seed + "-" + loop
                + "\",\"fr\":\"Brouillon d'endurance " + seed + "-" + loop
                + "\"},\"summary\":{\"en\":\"Written by the soak.\"}}";
        var created = api.send(
                HttpRequest.newBuilder(platform.uri("/api/v1/resources"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        count(created.statusCode() == 201, "POST /api/v1/resources → " + created.statusCode() + " " + created.body());
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        if (created.statusCode() == 201 && m.find()) {
            var updated = api.send(
                    HttpRequest.newBuilder(platform.uri("/api/v1/resources/" + m.group(1)))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(json.replace("Written", "Edited")))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            count(updated.statusCode() == 200, "PUT /api/v1/resources/" + m.group(1) + " → " + updated.statusCode());
        }
    }

    private void expect(HttpClient client, String path, int status) {
        try {
            var r = platform.get(client, path);
            count(r.statusCode() == status, "GET " + path + " → " + r.statusCode());
        } catch (Exception e) {
            count(false, "GET " + path + " → " + e);
        }
    }

    private void count(boolean ok, String what) {
        requests.incrementAndGet();
        if (!ok) {
            error(what);
        }
    }

    private void error(String what) {
        errors.incrementAndGet();
        if (firstErrors.size() < 10) {
            firstErrors.add(what);
        }
    }

    /** {heap used after a full GC in KB, live threads, open files, db connections active, idle}. */
    private long[] sample(String adminToken) throws Exception {
        platform.jcmd("GC.run");
        Matcher heap = Pattern.compile("used (\\d+)K").matcher(platform.jcmd("GC.heap_info"));
        long used = heap.find() ? Long.parseLong(heap.group(1)) : -1;
        long threads = platform.jcmd("Thread.print")
                .lines()
                .filter(l -> l.startsWith("\""))
                .count();
        long files;
        try (var fds = Files.list(Path.of("/proc", String.valueOf(platform.process.pid()), "fd"))) {
            files = fds.count();
        }
        var metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(platform.uri("/actuator/prometheus"))
                                .header("Authorization", "Bearer " + adminToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return new long[] {
            used,
            threads,
            files,
            gauge(metrics, "hikaricp_connections_active"),
            gauge(metrics, "hikaricp_connections_idle")
        };
    }

    private static long gauge(String metrics, String name) {
        Matcher m = Pattern.compile("^" + name + "\\{[^}]*pool=\"carta\"[^}]*\\} ([0-9.E]+)", Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
    }

    private List<String> sitemapPaths() throws Exception {
        String xml = platform.get(Platform.browser(), "/sitemap.xml").body();
        List<String> paths = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(xml);
        while (m.find()) {
            paths.add(URI.create(m.group(1).replace("&amp;", "&")).getRawPath());
        }
        Collections.shuffle(paths, new Random(1));
        return paths;
    }

    private List<Long> resourceIds() throws Exception {
        String json =
                platform.get(Platform.browser(), "/api/v1/resources?size=100").body();
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+),\"type\"").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private void summary(List<long[]> samples, int minutes) {
        System.out.println();
        System.out.printf(
                "%d requests in %d minutes (%.1f per second), %d errors%n",
                requests.get(), minutes, requests.get() / (minutes * 60.0), errors.get());
        firstErrors.forEach(e -> System.out.println("  error: " + e));
        if (samples.size() >= 4) {
            // The first two minutes warm up (JIT, caches, pools); the trend is measured after them.
            List<long[]> steady = samples.subList(2, samples.size());
            long[] first = steady.get(0);
            long[] last = steady.get(steady.size() - 1);
            System.out.printf(
                    "heap after full GC, minute 3 → minute %d: %.1f MB → %.1f MB (ratio %.2f; max %.1f MB)%n",
                    samples.size(),
                    first[0] / 1024.0,
                    last[0] / 1024.0,
                    last[0] / (double) first[0],
                    steady.stream().mapToLong(s -> s[0]).max().orElse(0) / 1024.0);
            System.out.printf(
                    "live threads: %d → %d (max %d); open files: %d → %d (max %d); "
                            + "db connections in the pool: %d → %d%n",
                    first[1],
                    last[1],
                    steady.stream().mapToLong(s -> s[1]).max().orElse(0),
                    first[2],
                    last[2],
                    steady.stream().mapToLong(s -> s[2]).max().orElse(0),
                    first[3] + first[4],
                    last[3] + last[4]);
        }
    }
}
