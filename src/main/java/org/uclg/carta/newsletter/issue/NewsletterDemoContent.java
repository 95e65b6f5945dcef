package org.uclg.carta.newsletter.issue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * Demo newsletter: fictional subscribers (addresses under demo.carta.example, which receive
 * nothing real), two issues already sent with what their blocks held, and a draft for the next one.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(71)
class NewsletterDemoContent implements ApplicationRunner {

    private static final String[] PEOPLE = {
        "amara.diallo", "lucia.fernandez", "kim.jiwoo", "marta.oliveira", "jonas.berg", "fatima.benali", "tomas.novak",
        "ines.moreau", "pablo.rios", "aiko.tanaka", "samuel.mensah", "clara.schmidt", "diego.alvarez", "nadia.haddad",
        "omar.farouk", "elena.petrova", "rafael.costa", "sofia.lind", "yusuf.kaya", "camille.durand", "mateo.silva",
        "hana.novakova", "ibrahim.toure", "julia.weber"
    };
    private static final String[] LANGUAGES = {"fr", "es", "en"};
    private static final String[] TOPICS = {
        "learning", "meeting,policies", "un", "learning,region:LATAM", "policies", ""
    };

    private final JdbcClient jdbc;
    private final Issues issues;
    private final LiveBlocks blocks;
    private final Clock clock;

    NewsletterDemoContent(DataSource dataSource, Issues issues, LiveBlocks blocks, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.issues = issues;
        this.blocks = blocks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from newsletter_issue").query(Long.class).single() > 0) {
            return;
        }
        Instant now = clock.instant();
        for (int i = 0; i < PEOPLE.length; i++) {
            String state = i % 11 == 5 ? "unsubscribed" : i % 7 == 3 ? "pending" : "confirmed";
            Instant created = now.minus(Duration.ofDays(400 - i * 13L));
            jdbc.sql("""
                    insert into subscriber (email, language, topics, state, source, consent_at, created_at, unsubscribed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            PEOPLE[i] + "@demo.carta.example",
                            LANGUAGES[i % 3],
                            TOPICS[i % TOPICS.length],
                            state,
                            i % 4 == 0 ? "forum-2025" : "form",
                            state.equals("pending") ? null : Timestamp.from(created.plus(Duration.ofMinutes(7))),
                            Timestamp.from(created),
                            state.equals("unsubscribed") ? Timestamp.from(now.minus(Duration.ofDays(20))) : null)
                    .update();
        }
        jdbc.sql("""
                insert into suppression (email, reason, created_at)
                select lower(email), 'unsubscribed', unsubscribed_at from subscriber where state = 'unsubscribed'""").update();
        sent(
                TranslatableText.of(
                        "Octobre : bilan du Forum et appel à contributions de l'ONU",
                        "October: the Forum in review and a UN call for input",
                        "Octubre: balance del Foro y convocatoria de la ONU"),
                TranslatableText.of(
                        "Le Forum mondial des villes des droits humains a réuni des gouvernements locaux de quatre continents. Les enregistrements des plénières sont en ligne.\n\nLe Haut-Commissariat invite les villes à contribuer à son rapport sur le logement abordable : envoyez vos pratiques avant la fin du mois.\n\n*Contenu de démonstration.*",
                        "The World Human Rights Cities Forum brought together local governments from four continents. Recordings of the plenaries are online.\n\nOHCHR invites cities to contribute to its report on affordable housing: send your practices before the end of the month.\n\n*Demonstration content.*",
                        "El Foro Mundial de Ciudades de Derechos Humanos reunió a gobiernos locales de cuatro continentes. Las grabaciones de las plenarias están en línea.\n\nEl ACNUDH invita a las ciudades a contribuir a su informe sobre vivienda asequible: envíen sus prácticas antes de fin de mes.\n\n*Contenido de demostración.*"),
                now.minus(Duration.ofDays(58)));
        sent(
                TranslatableText.of(
                        "Novembre : cycle de rapports de la Charte-Agenda ouvert",
                        "November: the Global Charter-Agenda reporting cycle is open",
                        "Noviembre: abierto el ciclo de informes de la Carta-Agenda"),
                TranslatableText.of(
                        "Le cycle de rapports 2025–2026 est ouvert jusqu'au 28 décembre. Les représentantes et représentants trouvent leur rapport dans Mon Carta.\n\nNouvelle session d'apprentissage sur les indicateurs locaux des droits humains, en espagnol avec interprétation.\n\n*Contenu de démonstration.*",
                        "The 2025–2026 reporting cycle is open until 28 December. Representatives find their report on My Carta.\n\nA new learning session on local human rights indicators, in Spanish with interpretation.\n\n*Demonstration content.*",
                        "El ciclo de informes 2025–2026 está abierto hasta el 28 de diciembre. Las y los representantes encuentran su informe en Mi Carta.\n\nNueva sesión de aprendizaje sobre indicadores locales de derechos humanos, en español con interpretación.\n\n*Contenido de demostración.*"),
                now.minus(Duration.ofDays(27)));
        issues.create(
                new IssueData(
                        TranslatableText.of("Décembre : le programme du Forum", "December: the Forum programme", null),
                        TranslatableText.of(
                                "Brouillon : à compléter avec les sessions confirmées.\n\n*Contenu de démonstration.*",
                                "Draft: to complete with the confirmed sessions.\n\n*Demonstration content.*",
                                null),
                        3,
                        3),
                new org.uclg.carta.kit.security.Actor("editor@carta.example", true, false, false, java.util.Set.of()));
    }

    private void sent(TranslatableText subject, TranslatableText body, Instant at) {
        IssueData data = new IssueData(subject, body, 3, 2);
        long id = jdbc.sql("""
                insert into newsletter_issue (subject, body, latest_resources, upcoming_events, state, scheduled_at,
                    started_at, sent_at, frozen, created_by, created_at)
                values (?::jsonb, ?::jsonb, 3, 2, 'sent', ?, ?, ?, ?::jsonb, 'editor@carta.example', ?) returning id""")
                .params(
                        Issues.TEXT.convertToDatabaseColumn(subject),
                        Issues.TEXT.convertToDatabaseColumn(body),
                        Timestamp.from(at),
                        Timestamp.from(at),
                        Timestamp.from(at.plus(Duration.ofMinutes(4))),
                        blocks.freezeNow(data),
                        Timestamp.from(at.minus(Duration.ofDays(3))))
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into issue_delivery (issue_id, subscriber_id, state, at)
                select ?, id, 'sent', ? from subscriber where consent_at is not null and consent_at < ?""")
                .params(id, Timestamp.from(at.plus(Duration.ofMinutes(2))), Timestamp.from(at))
                .update();
    }
}
