package org.uclg.carta.ops;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Kills Carta's JVM ({@code kill -9}) in the middle of a bulk import, a text extraction and a
 * reporting-cycle mailing, restarts it on the same data, and checks what a user would see: nothing
 * half-written, every job resumed or marked failed with its reason, no email sent twice. Prints
 * one line per check and exits 1 if any fails. See bench/README.md ("Crash").
 */
public final class CrashBench {

    private final Platform platform;
    private final SlowSmtp smtp;
    private final List<String> failures = new ArrayList<>();

    private CrashBench(Platform platform, SlowSmtp smtp) {
        this.platform = platform;
        this.smtp = smtp;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("bench/target/crash");
        deleteTree(data);
        Files.createDirectories(data);
        SlowSmtp smtp = new SlowSmtp(Integer.parseInt(System.getProperty("crash.smtpPort", "2526")));
        Platform platform = new Platform(
                data,
                Integer.parseInt(System.getProperty("crash.port", "8098")),
                List.of(
                        "--spring.mail.host=localhost",
                        "--spring.mail.port=" + smtp.port,
                        "--spring.mail.properties.mail.smtp.starttls.enable=false",
                        "--carta.monitoring.mail-initial-delay-ms=1000",
                        "--carta.monitoring.mail-delay-ms=1000",
                        "--carta.extraction.delay-ms=1000"));
        CrashBench bench = new CrashBench(platform, smtp);
        try {
            System.out.println("Starting Carta with demo content in " + data + " …");
            platform.start("768m");
            bench.importKilled();
            bench.extractionKilled();
            bench.mailingKilled();
        } finally {
            platform.stop();
            smtp.close();
        }
        if (!bench.failures.isEmpty()) {
            System.out.println("\n" + bench.failures.size() + " check(s) failed");
            System.exit(1);
        }
        System.out.println("\nEvery check passed.");
    }

    /** A 3,000-row import killed while it runs: after the restart, none of its rows, and the job says why. */
    private void importKilled() throws Exception {
        System.out.println("\n1. Bulk import");
        HttpClient editor = platform.signIn(Platform.EDITOR, Platform.DEMO_PASSWORD);
        StringBuilder csv = new StringBuilder("external_id,type,title_en,title_fr,summary_en,languages,date\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("crash-")
                    .append(i)
                    .append(",guide,Crashproof guide ")
                    .append(i)
                    .append(",Guide ")
                    .append(i)
                    .append(",A guide written to be cut short (kraschtest),en,2025-03-0")
                    .append(1 + i % 9)
                    .append('\n');
        }
        String csrf = platform.csrf(editor, "/en/resources/import");
        var posted = multipart(
                editor,
                "/en/resources/import",
                Map.of("_csrf", csrf, "action", "import"),
                "file",
                "crash.csv",
                "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        String job = posted.headers().firstValue("Location").orElse("");
        check(posted.statusCode() == 302 && job.contains("/resources/import/"), "the import started: " + job);
        boolean running = platform.get(editor, job).body().contains("Importing…");
        System.out.println("   job page says \"Importing…\" before the kill: " + running);
        platform.kill();
        System.out.println("   killed; restarting");
        platform.start("768m");
        editor = platform.signIn(Platform.EDITOR, Platform.DEMO_PASSWORD);
        String page = platform.get(editor, job).body();
        long saved = total("/api/v1/resources?q=kraschtest");
        if (page.contains("Import finished")) {
            check(saved == 3000, "the import had finished before the kill: all 3,000 rows are there (" + saved + ")");
        } else {
            check(saved == 0, "no row of the interrupted import is visible (" + saved + " found)");
            check(
                    page.contains("The import stopped: nothing was saved.")
                            && page.contains("The platform restarted during the import."),
                    "the job page says the import stopped and why");
        }
    }

    /** Twelve PDFs being extracted when the JVM dies: after the restart every one is searchable, whole. */
    private void extractionKilled() throws Exception {
        System.out.println("\n2. Text extraction");
        HttpClient editor = platform.signIn(Platform.EDITOR, Platform.DEMO_PASSWORD);
        String token = platform.token(editor, "crash bench");
        List<Long> ids = ids("/api/v1/resources?size=12&type=case-study");
        int uploaded = 0;
        for (int i = 0; i < ids.size(); i++) {
            var r = multipartApi(
                    token,
                    "/api/v1/resources/" + ids.get(i) + "/files",
                    "file",
                    "crash-" + i + ".pdf",
                    "application/pdf",
                    pdf(i, 40));
            uploaded += r.statusCode() == 201 ? 1 : 0;
        }
        check(uploaded == ids.size(), uploaded + " documents of 40 pages uploaded through the API");
        Thread.sleep(1500); // the job wakes every second: it is reading the first ones
        platform.kill();
        System.out.println("   killed during extraction; restarting");
        platform.start("768m");
        boolean all = waitFor(Duration.ofMinutes(3), () -> {
            try {
                for (int i = 0; i < ids.size(); i++) {
                    if (total("/api/v1/resources?q=zorblax" + i) != 1) {
                        return false;
                    }
                }
                return true;
            } catch (Exception e) {
                return false;
            }
        });
        check(all, "every document's text is found after the restart (" + ids.size() + " documents)");
        for (int i = 0; i < ids.size(); i++) {
            String page = platform.get(Platform.browser(), "/en/resources/" + ids.get(i))
                    .body();
            if (!page.contains("40 pages")) {
                check(false, "document " + i + " shows all its 40 pages");
            }
        }
        check(true, "each document shows its 40 pages, none half-saved");
    }

    /** A cycle's invitations going out one by one when the JVM dies: after the restart, none twice. */
    private void mailingKilled() throws Exception {
        System.out.println("\n3. Reporting cycle mailing");
        int added = representatives(30);
        System.out.println(
                "   " + added + " representatives added to adherent local governments, so the mailing takes a while");
        HttpClient editor = platform.signIn(Platform.EDITOR, Platform.DEMO_PASSWORD);
        String form =
                platform.get(editor, "/en/monitoring/frameworks/GCA/cycles/new").body();
        List<String> articles = new ArrayList<>();
        Matcher m = Pattern.compile("name=\"articleIds\" value=\"(\\d+)\"").matcher(form);
        while (m.find() && articles.size() < 3) {
            articles.add(m.group(1));
        }
        LocalDate today = LocalDate.now();
        String csrf = platform.csrf(editor, "/en/monitoring/frameworks/GCA/cycles/new");
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("_csrf", csrf),
                Map.entry("title.values[en]", "Crash-test cycle"),
                Map.entry("periodStart", "2025-01-01"),
                Map.entry("periodEnd", "2025-12-31"),
                Map.entry("opensOn", today.minusDays(1).toString()),
                Map.entry("deadline", today.plusDays(30).toString()),
                Map.entry("scale.values[en]", "Not started\nPlanned\nIn progress\nAchieved\nNot applicable")));
        articles.forEach(a -> fields.add(Map.entry("articleIds", a)));
        String body = fields.stream()
                .map(e -> Platform.enc(e.getKey()) + "=" + Platform.enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var created = editor.send(
                HttpRequest.newBuilder(platform.uri("/en/monitoring/frameworks/GCA/cycles/new"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(created.statusCode() == 302, "the cycle is created and opens today (" + created.statusCode() + ")");
        int already = smtp.messages().size();
        boolean started = waitFor(Duration.ofMinutes(2), () -> smtp.messages().size() >= already + 5);
        check(started, "invitations started going out (" + (smtp.messages().size() - already) + " received)");
        platform.kill();
        int before = smtp.messages().size();
        System.out.println("   killed after " + before + " emails; restarting");
        platform.start("768m");
        waitFor(Duration.ofMinutes(3), () -> smtp.messages().size() > before);
        waitFor(Duration.ofMinutes(3), () -> smtp.quietFor(Duration.ofSeconds(15)));
        List<String> all = smtp.messages();
        Map<String, Long> perRecipient =
                all.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        List<String> twice = perRecipient.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        check(
                all.size() > before,
                "the other invitations went out after the restart (" + before + " before, " + (all.size() - before)
                        + " after, to " + perRecipient.size() + " people)");
        check(twice.isEmpty(), "no one got the same email twice " + (twice.isEmpty() ? "" : twice));
    }

    /**
     * Representatives for up to {@code n} adherents of the Global Charter-Agenda without one, written
     * straight into the platform's database (set-up only: invitations by email would take as long).
     */
    private int representatives(int n) throws Exception {
        List<String> pid = Files.readAllLines(platform.data.resolve("postgres/postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
        try (var c = java.sql.DriverManager.getConnection(url, "postgres", "")) {
            var lgs = new ArrayList<Long>();
            try (var rs = c.createStatement()
                    .executeQuery("select a.local_government_id from adherence a "
                            + "where a.framework_code = 'GCA' and a.withdrawn_on is null and not exists (select 1 from "
                            + "account_local_government alg where alg.local_government_id = a.local_government_id) limit "
                            + n)) {
                while (rs.next()) {
                    lgs.add(rs.getLong(1));
                }
            }
            for (long lg : lgs) {
                try (var account =
                        c.prepareStatement("insert into account (email, display_name, password_hash, enabled, "
                                + "created_at) values (?, ?, 'not-a-hash', true, now()) returning id")) {
                    account.setString(1, "rep-" + lg + "@crash.example");
                    account.setString(2, "Crash Representative " + lg);
                    try (var rs = account.executeQuery()) {
                        rs.next();
                        long id = rs.getLong(1);
                        c.createStatement()
                                .executeUpdate("insert into account_role values (" + id + ", 'REPRESENTATIVE')");
                        c.createStatement()
                                .executeUpdate("insert into account_local_government values (" + id + ", " + lg + ")");
                    }
                }
            }
            return lgs.size();
        }
    }

    private void check(boolean ok, String what) {
        System.out.println("   " + (ok ? "ok   " : "FAIL ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    private long total(String path) throws Exception {
        Matcher m = Pattern.compile("\"total\":(\\d+)")
                .matcher(platform.get(Platform.browser(), path).body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private List<Long> ids(String path) throws Exception {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":(\\d+),\"type\"")
                .matcher(platform.get(Platform.browser(), path).body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static boolean waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + limit.toMillis();
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(1000);
        }
        return condition.getAsBoolean();
    }

    /** A PDF of {@code pages} pages in English, each naming the document by a made-up word. */
    private static byte[] pdf(int n, int pages) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.newLineAtOffset(50, 700);
                    cs.showText("Page " + p + " of the zorblax" + n + " report on housing, water and participation.");
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> multipart(
            HttpClient client,
            String path,
            Map<String, String> fields,
            String name,
            String fileName,
            String type,
            byte[] content)
            throws Exception {
        String boundary = "----crash" + System.nanoTime();
        return client.send(
                HttpRequest.newBuilder(platform.uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                body(boundary, fields, name, fileName, type, content)))
                        .timeout(Duration.ofSeconds(120))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> multipartApi(
            String token, String path, String name, String fileName, String type, byte[] content) throws Exception {
        String boundary = "----crash" + System.nanoTime();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(platform.uri(path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(
                                        body(boundary, Map.of(), name, fileName, type, content)))
                                .timeout(Duration.ofSeconds(120))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] body(
            String boundary, Map<String, String> fields, String name, String fileName, String type, byte[] content)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * An SMTP server that takes a message every half second and records "recipient · subject" for
     * each, so that a crash lands in the middle of a mailing and a second copy shows.
     */
    static final class SlowSmtp implements AutoCloseable {
        final int port;
        private final ServerSocket server;
        private final List<String> received = new CopyOnWriteArrayList<>();
        private volatile long last = System.currentTimeMillis();

        SlowSmtp(int port) throws IOException {
            this.port = port;
            this.server = new ServerSocket(port);
            Thread t = new Thread(this::accept, "slow-smtp");
            t.setDaemon(true);
            t.start();
        }

        List<String> messages() {
            return List.copyOf(received);
        }

        boolean quietFor(Duration d) {
            return System.currentTimeMillis() - last > d.toMillis();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> session(s), "slow-smtp-session");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void session(Socket socket) {
            try (socket;
                    var in =
                            new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    OutputStream raw = socket.getOutputStream()) {
                PrintWriter out = new PrintWriter(raw, true, StandardCharsets.UTF_8);
                out.print("220 slow-smtp\r\n");
                out.flush();
                List<String> to = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null) {
                    String upper = line.toUpperCase();
                    if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                        out.print("250 slow-smtp\r\n");
                    } else if (upper.startsWith("RCPT TO:")) {
                        to.add(line.substring(8).trim());
                        out.print("250 OK\r\n");
                    } else if (upper.equals("DATA")) {
                        out.print("354 go on\r\n");
                        out.flush();
                        String subject = "";
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            if (line.startsWith("Subject:")) {
                                subject = line.substring(8).trim();
                            }
                        }
                        Thread.sleep(500);
                        for (String r : to) {
                            received.add(r + " · " + subject);
                        }
                        last = System.currentTimeMillis();
                        to.clear();
                        out.print("250 OK queued\r\n");
                    } else if (upper.equals("QUIT")) {
                        out.print("221 bye\r\n");
                        out.flush();
                        return;
                    } else {
                        out.print("250 OK\r\n");
                    }
                    out.flush();
                }
            } catch (IOException | InterruptedException ignored) {
                // the client went away (or was killed): what it sent so far is recorded
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
