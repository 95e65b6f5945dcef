package org.uclg.carta.ops;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Carta started as a separate JVM on a data folder of its own, as the README's command starts it,
 * with what the operations scripts need: wait until it answers, sign in, get an API token, kill it.
 */
final class Platform {

    static final String EDITOR = "editor@carta.example";
    static final String ADMIN = "admin@carta.example";
    static final String DEMO_PASSWORD = "carta-demo-2026";
    static final String ADMIN_PASSWORD = "carta-admin-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final int port;
    final Path data;
    private final List<String> extraArgs;
    Process process;
    private int starts;

    Platform(Path data, int port, List<String> extraArgs) {
        this.data = data;
        this.port = port;
        this.extraArgs = extraArgs;
    }

    /** Starts the platform and returns once it answers; its output goes to a log in the data folder. */
    void start(String heap) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                "org.uclg.carta.CartaApplication",
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--carta.data-dir=" + data.toAbsolutePath(),
                "--carta.base-url=http://localhost:" + port,
                "--logging.level.root=WARN",
                "--logging.level.org.uclg=INFO"));
        cmd.addAll(extraArgs);
        File log = data.resolve("platform-" + (++starts) + ".log").toFile();
        data.toFile().mkdirs();
        process = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        long until = System.currentTimeMillis() + 300_000;
        HttpClient probe =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Carta stopped while starting; see " + log);
            }
            try {
                var r = probe.send(
                        HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Carta did not answer within 5 minutes; see " + log);
    }

    /** kill -9: no shutdown hook, no graceful stop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A browser-like client: cookies kept, redirects not followed (their target is checked). */
    static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs the client in; throws unless the platform accepted the password. */
    HttpClient signIn(String email, String password) throws Exception {
        HttpClient client = browser();
        String csrf = csrf(client, "/en/login");
        var r = post(client, "/login", Map.of("_csrf", csrf, "lang", "en", "email", email, "password", password));
        String to = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || to.contains("login")) {
            throw new IllegalStateException("Sign-in refused for " + email + ": " + r.statusCode() + " " + to);
        }
        return client;
    }

    /** A personal API token for the signed-in client. */
    String token(HttpClient client, String name) throws Exception {
        String csrf = csrf(client, "/en/account");
        var r = post(client, "/en/account/tokens", Map.of("_csrf", csrf, "tokenName", name));
        Matcher m = Pattern.compile("id=\"new-token\">(carta_[A-Za-z0-9_-]+)<").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("No token in the answer: " + r.statusCode());
        }
        return m.group(1);
    }

    String csrf(HttpClient client, String page) throws Exception {
        String body = get(client, page).body();
        Matcher m = CSRF.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on " + page);
        }
        return m.group(1);
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(HttpClient client, String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Output of a JDK tool run against the platform's JVM (jcmd). */
    String jcmd(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(process.pid())));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
