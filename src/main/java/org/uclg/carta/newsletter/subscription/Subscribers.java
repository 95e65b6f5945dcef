package org.uclg.carta.newsletter.subscription;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.kit.csv.CsvRows;
import org.uclg.carta.kit.csv.ImportReport;
import org.uclg.carta.kit.security.SignedLinks;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Subscribers and the suppression list. A sign-up answers the same whether the address was known
 * or not, and only a click on the emailed link (within a week) confirms it; every email carries a
 * signed link to the preference page and to one-click unsubscribe.
 */
@Service
public class Subscribers {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);
    static final String CONFIRM = "newsletter-confirm";
    static final String PREFERENCES = "newsletter-preferences";
    static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";

    private final JdbcClient jdbc;
    private final SignedLinks links;
    private final Notifications mail;
    private final Languages languages;
    private final Taxonomy taxonomy;
    private final Clock clock;

    Subscribers(
            DataSource dataSource,
            SignedLinks links,
            Notifications mail,
            Languages languages,
            Taxonomy taxonomy,
            Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.links = links;
        this.mail = mail;
        this.languages = languages;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** A subscriber; topics are axis codes and region codes prefixed with "region:". */
    public record Subscriber(
            long id,
            String email,
            String language,
            Set<String> topics,
            String state,
            String source,
            Instant consentAt,
            Instant createdAt) {

        public boolean confirmed() {
            return "confirmed".equals(state);
        }
    }

    /**
     * Starts the double opt-in: a new or unconfirmed address gets the confirmation link, a
     * confirmed one a link to its preferences. Nothing here says which it was.
     */
    @Transactional
    public void subscribe(String email, String language, Set<String> topics, String source) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String lang = languages.codes().contains(language) ? language : languages.fallback();
        Optional<Subscriber> known = byEmail(address);
        if (known.isPresent() && known.get().confirmed()) {
            Subscriber s = known.get();
            mail.sendLater(new Notifications.Recipient(address, s.language()), "newsletterKnown", preferencesLink(s));
            return;
        }
        long id = known.map(Subscriber::id).orElseGet(() -> jdbc.sql("""
                        insert into subscriber (email, language, topics, state, source, created_at)
                        values (?, ?, ?, 'pending', ?, ?)
                        on conflict ((lower(email))) do update set language = excluded.language
                        returning id""")
                .params(address, lang, cleanTopics(topics), source, Timestamp.from(clock.instant()))
                .query(Long.class)
                .single());
        jdbc.sql(
                        "update subscriber set language = ?, topics = ?, state = 'pending' where id = ? and state <> 'confirmed'")
                .params(lang, cleanTopics(topics), id)
                .update();
        long expires = clock.instant().plus(CONFIRMATION_VALIDITY).getEpochSecond();
        mail.sendLater(
                new Notifications.Recipient(address, lang),
                "newsletterConfirm",
                mail.baseUrl() + "/" + lang + "/newsletter/confirm?s=" + id + "&e=" + expires + "&t="
                        + links.sign(CONFIRM, id + ":" + expires));
    }

    /** The confirmation link's subscriber, now confirmed; empty for a forged or expired link. */
    @Transactional
    public Optional<Subscriber> confirm(long id, long expires, String token) {
        if (!links.verify(CONFIRM, id + ":" + expires, token) || clock.instant().getEpochSecond() > expires) {
            return Optional.empty();
        }
        Optional<Subscriber> s = find(id);
        s.ifPresent(x -> {
            jdbc.sql("""
                    update subscriber set state = 'confirmed', consent_at = coalesce(consent_at, ?), unsubscribed_at = null
                    where id = ? and state <> 'confirmed'""").params(Timestamp.from(clock.instant()), id).update();
            // Confirming is a fresh consent from a working address: an old bounce or unsubscription no longer holds.
            jdbc.sql("delete from suppression where lower(email) = lower(?)")
                    .param(x.email())
                    .update();
        });
        return s.flatMap(x -> find(id));
    }

    /** The subscriber of a preference link, if the token is the one for them. */
    public Optional<Subscriber> withLink(long id, String token) {
        return links.verify(PREFERENCES, id, token) ? find(id) : Optional.empty();
    }

    public String preferencesToken(long id) {
        return links.sign(PREFERENCES, id);
    }

    /** The preference page, in the subscriber's language. */
    public String preferencesLink(Subscriber s) {
        return preferencesLink(s.id(), s.language());
    }

    public String preferencesLink(long id, String language) {
        return mail.baseUrl() + "/" + language + "/newsletter/preferences?s=" + id + "&t=" + preferencesToken(id);
    }

    /** The RFC 8058 one-click address: a POST to it unsubscribes, with no other input. */
    public String unsubscribeLink(long id, String language) {
        return mail.baseUrl() + "/" + language + "/newsletter/unsubscribe?s=" + id + "&t=" + preferencesToken(id);
    }

    @Transactional
    public void update(long id, String language, Set<String> topics) {
        String lang = languages.codes().contains(language) ? language : languages.fallback();
        jdbc.sql("update subscriber set language = ?, topics = ? where id = ?")
                .params(lang, cleanTopics(topics), id)
                .update();
    }

    /** Unsubscribes and suppresses the address; saying it twice changes nothing. */
    @Transactional
    public void unsubscribe(long id) {
        find(id).ifPresent(s -> {
            jdbc.sql(
                            "update subscriber set state = 'unsubscribed', unsubscribed_at = ? where id = ? and state <> 'unsubscribed'")
                    .params(Timestamp.from(clock.instant()), id)
                    .update();
            suppress(s.email(), "unsubscribed");
        });
    }

    void suppress(String email, String reason) {
        jdbc.sql("insert into suppression (email, reason, created_at) values (?, ?, ?) on conflict do nothing")
                .params(email.toLowerCase(Locale.ROOT), reason, Timestamp.from(clock.instant()))
                .update();
    }

    public Optional<Subscriber> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(Subscribers::row)
                .optional();
    }

    Optional<Subscriber> byEmail(String email) {
        return jdbc.sql(SELECT + " where lower(email) = lower(?)")
                .param(email)
                .query(Subscribers::row)
                .optional();
    }

    /** Figures for the editors' page. */
    public record Counts(long confirmed, long pending, long unsubscribed, long suppressed) {}

    public Counts counts() {
        return jdbc.sql("""
                select count(*) filter (where state = 'confirmed'), count(*) filter (where state = 'pending'),
                       count(*) filter (where state = 'unsubscribed'), (select count(*) from suppression)
                from subscriber""")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** The columns of a subscribers file; consent_at is ISO 8601 with an offset. */
    public static final List<String> IMPORT_COLUMNS = List.of("email", "language", "topics", "consent_at", "source");

    /**
     * Existing subscribers, who consented elsewhere: their consent date and source are kept, and
     * they are confirmed without a new opt-in. A suppressed address is left out. Any bad row: nothing is written.
     */
    @Transactional
    public ImportReport importSubscribers(InputStream csv, boolean write) throws IOException {
        record Parsed(String email, String language, String topics, Instant consentAt, String source) {}
        List<Parsed> rows = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        List<ImportReport.Problem> problems =
                CsvRows.readWithoutIds(csv, List.of("email", "consent_at"), (row, out) -> {
                    String email = row.get("email").toLowerCase(Locale.ROOT);
                    if (!email.matches(EMAIL) || email.length() > 320) {
                        out.add(row.problem("email", "validation.email"));
                        return;
                    }
                    if (!seen.add(email)) {
                        out.add(row.problem("email", "newsletter.import.duplicate"));
                        return;
                    }
                    String lang = row.has("language") ? row.get("language") : "";
                    if (!lang.isEmpty() && !languages.codes().contains(lang)) {
                        out.add(row.problem("language", "newsletter.import.language"));
                        return;
                    }
                    Instant consent;
                    try {
                        consent = OffsetDateTime.parse(row.get("consent_at")).toInstant();
                    } catch (DateTimeParseException e) {
                        out.add(row.problem("consent_at", "newsletter.import.consent"));
                        return;
                    }
                    if (consent.isAfter(clock.instant())) {
                        out.add(row.problem("consent_at", "newsletter.import.consentFuture"));
                        return;
                    }
                    String source = row.has("source") && !row.get("source").isBlank() ? row.get("source") : "import";
                    if (source.length() > 40) {
                        out.add(row.problem("source", "newsletter.import.source"));
                        return;
                    }
                    Set<String> topics = row.has("topics")
                            ? new LinkedHashSet<>(
                                    Arrays.asList(row.get("topics").split("[,;\\s]+")))
                            : Set.of();
                    rows.add(new Parsed(
                            email, lang.isEmpty() ? languages.fallback() : lang, cleanTopics(topics), consent, source));
                });
        if (!problems.isEmpty() || !write) {
            return new ImportReport(rows.size(), problems, 0, 0, false);
        }
        int created = 0;
        int updated = 0;
        for (Parsed p : rows) {
            boolean suppressed = jdbc.sql("select exists (select 1 from suppression where email = ?)")
                    .param(p.email())
                    .query(Boolean.class)
                    .single();
            if (suppressed) {
                continue;
            }
            boolean existed = byEmail(p.email()).isPresent();
            jdbc.sql("""
                    insert into subscriber (email, language, topics, state, source, consent_at, created_at)
                    values (?, ?, ?, 'confirmed', ?, ?, ?)
                    on conflict ((lower(email))) do update set language = excluded.language, topics = excluded.topics,
                        state = 'confirmed', source = excluded.source, consent_at = excluded.consent_at""")
                    .params(
                            p.email(),
                            p.language(),
                            p.topics(),
                            p.source(),
                            Timestamp.from(p.consentAt()),
                            Timestamp.from(clock.instant()))
                    .update();
            if (existed) {
                updated++;
            } else {
                created++;
            }
        }
        return new ImportReport(rows.size(), problems, created, updated, true);
    }

    /** Addresses that bounced, one per row in an email column: suppressed, and unsubscribed if they were subscribers. */
    @Transactional
    public ImportReport importBounces(InputStream csv, boolean write) throws IOException {
        List<String> emails = new ArrayList<>();
        List<ImportReport.Problem> problems = CsvRows.readWithoutIds(csv, List.of("email"), (row, out) -> {
            String email = row.get("email").toLowerCase(Locale.ROOT);
            if (!email.matches(EMAIL) || email.length() > 320) {
                out.add(row.problem("email", "validation.email"));
            } else {
                emails.add(email);
            }
        });
        if (!problems.isEmpty() || !write) {
            return new ImportReport(emails.size(), problems, 0, 0, false);
        }
        int added = 0;
        for (String e : emails) {
            added += jdbc.sql(
                            "insert into suppression (email, reason, created_at) values (?, 'bounce', ?) on conflict do nothing")
                    .params(e, Timestamp.from(clock.instant()))
                    .update();
            jdbc.sql(
                            "update subscriber set state = 'unsubscribed', unsubscribed_at = ? where lower(email) = ? and state <> 'unsubscribed'")
                    .params(Timestamp.from(clock.instant()), e)
                    .update();
        }
        return new ImportReport(emails.size(), problems, added, 0, true);
    }

    /** Keeps known axis codes and known regions (as region:CODE). */
    String cleanTopics(Set<String> topics) {
        Set<String> kept = new LinkedHashSet<>();
        kept.add(Topic.join(topics));
        for (String t : topics) {
            if (t.startsWith("region:") && taxonomy.region(t.substring(7)).isPresent()) {
                kept.add(t);
            }
        }
        kept.remove("");
        return String.join(",", kept);
    }

    static final String SELECT =
            "select id, email, language, topics, state, source, consent_at, created_at from subscriber";

    static Subscriber row(ResultSet rs, int n) throws SQLException {
        Timestamp consent = rs.getTimestamp(7);
        String topics = rs.getString(4);
        return new Subscriber(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                topics.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(topics.split(","))),
                rs.getString(5),
                rs.getString(6),
                consent == null ? null : consent.toInstant(),
                rs.getTimestamp(8).toInstant());
    }
}
