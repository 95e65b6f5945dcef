package org.uclg.carta.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import org.uclg.carta.CartaApplication;
import org.uclg.carta.notifications.inbox.NoticeMail;

/**
 * Newsletter and digest benchmark (issue 19). An SMTP sink runs in this JVM and counts what each
 * address receives. (1) The daily digest for 50,000 people, 5,000 of them with news: time, and
 * emails only to those 5,000. (2) One issue to 100,000 subscribers from Carta in its own JVM,
 * killed (kill -9) half-way and restarted: throughput before and after, and every address counted
 * (received once, never twice; the letters claimed at the moment of the kill are reported). The
 * baseline, measured in the same run: JavaMail alone sending the same letters to the same sink in
 * the same batches. Usage: bench/newsletter
 */
public final class NewsletterBench {

    static final int SUBSCRIBERS = Integer.getInteger("bench.subscribers", 100_000);
    static final int PEOPLE = 50_000;
    static final int WITH_NEWS = 5_000;
    static final int BATCH = 200;

    private NewsletterBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of("bench/target/newsletter").toAbsolutePath();
        CrashBench.deleteTree(data);
        Files.createDirectories(data);
        Sink sink = new Sink(2527);

        double raw = baseline(sink, 20_000);
        System.out.printf(
                "%nBaseline: JavaMail alone, 20,000 letters in batches of %d to the sink: %.0f letters/s%n",
                BATCH, raw);
        sink.clear();

        digest(data, sink);
        sink.clear();

        issue(data, sink, raw);
        sink.close();
    }

    /** The ideal: the same letters, the same batches, the same sink, without Carta. */
    static double baseline(Sink sink, int n) throws Exception {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(sink.port);
        long start = System.nanoTime();
        for (int i = 0; i < n; i += BATCH) {
            List<MimeMessage> batch = new ArrayList<>();
            for (int j = i; j < Math.min(n, i + BATCH); j++) {
                MimeMessage m = mail.createMimeMessage();
                MimeMessageHelper h = new MimeMessageHelper(m, true, "UTF-8");
                h.setFrom("carta@bench.test");
                h.setTo("raw" + j + "@bench.test");
                h.setSubject("Diciembre: ya está el programa del Foro");
                h.setText(
                        "El programa del próximo Foro está en línea.\n".repeat(20),
                        "<p>El programa del próximo Foro está en línea.</p>".repeat(20));
                m.setHeader("List-Unsubscribe", "<http://bench.test/es/newsletter/unsubscribe?s=" + j + ">");
                batch.add(m);
            }
            mail.send(batch.toArray(new MimeMessage[0]));
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    static ConfigurableApplicationContext inProcess(Path data, Sink sink) {
        return new SpringApplicationBuilder(CartaApplication.class)
                .run(
                        "--server.port=0",
                        "--carta.data-dir=" + data,
                        "--carta.demo=false",
                        "--carta.extraction.delay-ms=3600000",
                        "--carta.monitoring.mail-initial-delay-ms=3600000",
                        "--carta.notifications.mail-initial-delay-ms=3600000",
                        "--carta.newsletter.initial-delay-ms=3600000",
                        "--carta.admin.password=bench-admin-password",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + sink.port,
                        "--spring.mail.properties.mail.smtp.starttls.enable=false",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
    }

    static void digest(Path data, Sink sink) throws Exception {
        try (ConfigurableApplicationContext ctx = inProcess(data, sink)) {
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            jdbc.update("""
                    insert into account (email, display_name, password_hash, enabled, preferred_language, created_at)
                    select 'person' || g || '@bench.test', 'Person ' || g, '{noop}unused', true,
                           (array['fr','en','es'])[1 + g % 3], now()
                    from generate_series(1, ?) g""", PEOPLE);
            // Every tenth person has three notices waiting for the daily digest; the others have none.
            jdbc.update("""
                    insert into notice (account_id, kind, subject, title, path, created_at, delivery)
                    select a.id, 'resource-published', 'resource:' || n, '{"en":"Cooperative housing guide","es":"Guía de vivienda cooperativa","fr":"Guide du logement coopératif"}',
                           '/resources/' || n, now(), 'daily'
                    from account a cross join generate_series(1, 3) n
                    where a.email like 'person%@bench.test' and regexp_replace(a.email, '[^0-9]', '', 'g')::int % 10 = 0""");
            NoticeMail mail = ctx.getBean(NoticeMail.class);
            long start = System.nanoTime();
            int sent = mail.sendDue("daily");
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean onlyThem =
                    sink.counts().keySet().stream().allMatch(a -> Integer.parseInt(a.replaceAll("\\D", "")) % 10 == 0);
            System.out.printf(
                    "%nDaily digest: %,d people, %,d with news: %,d emails in %.1f s (target 60 s: %.2f×), %,d distinct recipients, only people with news: %s, none twice: %s%n",
                    PEOPLE,
                    WITH_NEWS,
                    sent,
                    seconds,
                    seconds / 60,
                    sink.counts().size(),
                    onlyThem,
                    sink.counts().values().stream().allMatch(c -> c == 1));
            // The subscribers and the issue for the next part.
            jdbc.update("""
                    insert into subscriber (email, language, topics, state, source, consent_at, created_at)
                    select 'reader' || g || '@bench.test', (array['fr','en','es'])[1 + g % 3], 'learning', 'confirmed',
                           'bench', now(), now()
                    from generate_series(1, ?) g""", SUBSCRIBERS);
            jdbc.update("""
                    insert into newsletter_issue (subject, body, latest_resources, upcoming_events, state, scheduled_at, created_by, created_at)
                    values ('{"en":"December: the Forum programme is out","es":"Diciembre: ya está el programa del Foro","fr":"Décembre : le programme du Forum"}',
                            '{"en":"The **programme** of the next Forum is online.","es":"El **programa** del próximo Foro está en línea.","fr":"Le **programme** du prochain Forum est en ligne."}',
                            3, 3, 'scheduled', now() + interval '1 day', 'bench', now())""");
            jdbc.update("delete from event_publication");
        }
    }

    static void issue(Path data, Sink sink, double raw) throws Exception {
        Platform carta = new Platform(
                data,
                8099,
                List.of(
                        "--carta.demo=false",
                        "--carta.admin.password=bench-admin-password",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + sink.port,
                        "--spring.mail.properties.mail.smtp.starttls.enable=false",
                        "--carta.newsletter.initial-delay-ms=1000",
                        "--carta.newsletter.poll-ms=1000",
                        "--carta.newsletter.rate=100000",
                        "--carta.newsletter.batch=" + BATCH,
                        "--carta.notifications.mail-initial-delay-ms=3600000",
                        "--carta.monitoring.mail-initial-delay-ms=3600000"));
        carta.start("512m");
        try (ConfigurableApplicationContext ignored = null) {
            // Now due: the running platform picks it up at its next poll.
            new JdbcTemplate(dataSourceOf(carta)).update("update newsletter_issue set scheduled_at = now()");
        }
        long start = System.nanoTime();
        while (sink.total() < SUBSCRIBERS / 2) {
            Thread.sleep(20);
        }
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        long firstHalf = sink.total();
        carta.kill();
        long atKill = sink.total();
        System.out.printf(
                "%nIssue to %,d subscribers: %,d letters in %.1f s before kill -9 (%.0f letters/s, %.2f× the baseline; target 200/s)%n",
                SUBSCRIBERS, firstHalf, firstSeconds, firstHalf / firstSeconds, firstHalf / firstSeconds / raw);
        carta.start("512m");
        long restart = System.nanoTime();
        // Until the platform says the issue is sent (the sink alone is quiet while it restarts).
        JdbcTemplate db = new JdbcTemplate(dataSourceOf(carta));
        long until = System.currentTimeMillis() + 900_000;
        while (!"sent".equals(db.queryForObject("select state from newsletter_issue", String.class))
                && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        double secondSeconds = (System.nanoTime() - restart) / 1e9;
        Thread.sleep(1000);
        long after = sink.total() - atKill;
        Map<String, Integer> counts = sink.counts();
        long twice = counts.values().stream().filter(c -> c > 1).count();
        long missing = SUBSCRIBERS
                - counts.keySet().stream().filter(a -> a.startsWith("reader")).count();
        JdbcTemplate jdbc = db;
        Long unconfirmed =
                jdbc.queryForObject("select count(*) from issue_delivery where state = 'sending'", Long.class);
        String state = jdbc.queryForObject("select state from newsletter_issue", String.class);
        System.out.printf(
                "After restart: %,d more letters in %.1f s (the restart included), issue %s; %,d addresses received it, %d twice, %d not at all (%d claimed at the kill, reported as interrupted)%n",
                after, secondSeconds, state, counts.size(), twice, missing, unconfirmed);
        carta.stop();
    }

    /** The platform's embedded PostgreSQL, found from the port file it writes in its data folder. */
    static DataSource dataSourceOf(Platform carta) throws IOException {
        Path portFile = carta.data.resolve("postgres").resolve("postmaster.pid");
        List<String> lines = Files.readAllLines(portFile);
        int port = Integer.parseInt(lines.get(3).trim());
        org.springframework.jdbc.datasource.DriverManagerDataSource ds =
                new org.springframework.jdbc.datasource.DriverManagerDataSource(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
        return ds;
    }

    /** An SMTP server that accepts everything at once and counts letters per recipient. */
    static final class Sink implements AutoCloseable {
        final int port;
        private final ServerSocket server;
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        private final AtomicLong total = new AtomicLong();
        private volatile long last = System.currentTimeMillis();

        Sink(int port) throws IOException {
            this.port = port;
            this.server = new ServerSocket(port, 200);
            Thread t = new Thread(this::accept, "sink");
            t.setDaemon(true);
            t.start();
        }

        Map<String, Integer> counts() {
            return Map.copyOf(counts);
        }

        long total() {
            return total.get();
        }

        void clear() {
            counts.clear();
            total.set(0);
        }

        boolean quietFor(long millis) {
            return System.currentTimeMillis() - last > millis;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> session(s), "sink-session");
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
                    var out = new PrintWriter(socket.getOutputStream(), false, StandardCharsets.UTF_8)) {
                out.print("220 sink\r\n");
                out.flush();
                List<String> to = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null) {
                    String upper = line.toUpperCase();
                    if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                        out.print("250 sink\r\n");
                    } else if (upper.startsWith("RCPT TO:")) {
                        to.add(line.substring(8).trim().replaceAll("[<>]", ""));
                        out.print("250 OK\r\n");
                    } else if (upper.equals("DATA")) {
                        out.print("354 go on\r\n");
                        out.flush();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the letter itself is not kept
                        }
                        for (String r : to) {
                            counts.merge(r, 1, Integer::sum);
                            total.incrementAndGet();
                        }
                        last = System.currentTimeMillis();
                        to.clear();
                        out.print("250 OK\r\n");
                    } else if (upper.equals("QUIT")) {
                        out.print("221 bye\r\n");
                        out.flush();
                        return;
                    } else {
                        out.print("250 OK\r\n");
                    }
                    out.flush();
                }
            } catch (IOException ignored) {
                // the client went away or was killed
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
