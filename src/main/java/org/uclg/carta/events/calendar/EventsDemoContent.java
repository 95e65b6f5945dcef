package org.uclg.carta.events.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.registration.QuestionData;
import org.uclg.carta.events.registration.QuestionType;
import org.uclg.carta.events.registration.RegistrationData;
import org.uclg.carta.events.registration.RegistrationService;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.network.PartnerView;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Demo events, loaded only when CARTA_DEMO=true and no event exists: two past Forum editions and
 * the next one with open registration (full, with a waiting list), network meetings, webinars in
 * each language, a policy debate, one event postponed and one cancelled. Dates follow today's, so
 * the calendar always has something upcoming. Every person is fictional.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(60)
public class EventsDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EventsDemoContent.class);
    private static final TranslatableText DEMO = TranslatableText.of(
            "*Contenu de démonstration : les personnes et les contributions sont fictives.*",
            "*Demonstration content: the people and contributions are fictional.*",
            "*Contenido de demostración: las personas y las contribuciones son ficticias.*");
    private static final String[] PEOPLE = {
        "Amina Diallo", "Jae-won Park", "Lucía Fernández", "Marc Olivier", "Nadia Haddad", "Tomás Rivera",
        "Ingrid Svensson", "Kwame Mensah", "Sofia Rossi", "Hyun-jung Lee", "Camille Bernard", "Rafael Duarte",
        "Leila Benali", "Ana Sousa", "Pieter de Vries", "Mariam Okafor"
    };

    private final EventService events;
    private final RegistrationService registrations;
    private final Events repository;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final ResourceSpace resources;
    private final Clock clock;

    public EventsDemoContent(
            EventService events,
            RegistrationService registrations,
            Events repository,
            Directory directory,
            Taxonomy taxonomy,
            ResourceSpace resources,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.repository = repository;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.resources = resources;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int nextForumYear = today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
        List<Organiser> forumOrganisers = organisers(List.of("Gwangju"), List.of("Raoul Wallenberg"));
        for (int year : List.of(nextForumYear - 2, nextForumYear - 1)) {
            events.createQuietly(forum(year, forumOrganisers, true), EventState.PUBLISHED, TranslatableText.empty());
        }
        long next = events.createQuietly(
                forum(nextForumYear, forumOrganisers, false), EventState.PUBLISHED, TranslatableText.empty());
        Actor system = new Actor("demo", true, true, false, Set.of());
        registrations.addQuestion(
                events.visible(next, system),
                new QuestionData(
                        QuestionType.CHOICE,
                        TranslatableText.of(
                                "Visite de terrain souhaitée",
                                "Field visit you would like to join",
                                "Visita de terreno que desea"),
                        List.of(
                                TranslatableText.of(
                                        "Cimetière national du 18 mai",
                                        "May 18th National Cemetery",
                                        "Cementerio Nacional del 18 de Mayo"),
                                TranslatableText.of(
                                        "Centre culturel Asie", "Asia Culture Center", "Centro Cultural de Asia"),
                                TranslatableText.of("Aucune", "None", "Ninguna")),
                        false),
                system);
        for (int i = 0; i < 15; i++) {
            registrations.registerQuietly(
                    next,
                    person(i, i % 3 == 0 ? "es" : i % 3 == 1 ? "en" : "fr"),
                    Instant.now(clock).minusSeconds(86_400L * (30 - i)));
        }
        meetings(today);
        log.info("Demo events created");
    }

    private EventData forum(int year, List<Organiser> organisers, boolean past) {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        LocalDate start = LocalDate.of(year, 10, 1).plusDays((year * 3L) % 20);
        String theme =
                switch (year % 3) {
                    case 0 ->
                        "Villes des droits humains face à l'urgence climatique|Human rights cities facing the climate emergency|Ciudades de derechos humanos ante la emergencia climática";
                    case 1 ->
                        "Démocratie locale et droit de participer|Local democracy and the right to take part|Democracia local y derecho a participar";
                    default ->
                        "Vivre ensemble : migrations, mémoire et inclusion|Living together: migration, memory and inclusion|Convivir: migraciones, memoria e inclusión";
                };
        String[] t = theme.split("\\|");
        TranslatableText title = TranslatableText.of(
                "Forum mondial des villes des droits humains " + year,
                "World Human Rights Cities Forum " + year,
                "Foro Mundial de Ciudades por los Derechos Humanos " + year);
        TranslatableText summary = TranslatableText.of(t[0] + ".", t[1] + ".", t[2] + ".");
        TranslatableText description = TranslatableText.of(
                "Chaque année à Gwangju, élus, agents municipaux, organisations de la société civile et agences des Nations unies font le point sur les villes des droits humains. Thème de cette édition : **"
                        + t[0] + "**.\n\nSéances plénières, sessions thématiques, ateliers et visites de terrain.\n\n"
                        + DEMO.get("fr"),
                "Every year in Gwangju, elected officials, city staff, civil society organisations and United Nations agencies take stock of human rights cities. This edition's theme: **"
                        + t[1] + "**.\n\nPlenaries, thematic sessions, workshops and field visits.\n\n"
                        + DEMO.get("en"),
                "Cada año en Gwangju, cargos electos, personal municipal, organizaciones de la sociedad civil y agencias de Naciones Unidas hacen balance de las ciudades de derechos humanos. Tema de esta edición: **"
                        + t[2] + "**.\n\nPlenarias, sesiones temáticas, talleres y visitas de terreno.\n\n"
                        + DEMO.get("es"));
        List<Material> materials = new ArrayList<>();
        TranslatableText outcomes = TranslatableText.empty();
        if (past) {
            resource(year % 5 + 1).ifPresent(id -> materials.add(new Material(MaterialKind.RECORDING, null, null, id)));
            resource(year % 5 + 6).ifPresent(id -> materials.add(new Material(MaterialKind.MINUTES, null, null, id)));
            outcomes = TranslatableText.of(
                    "La déclaration finale de " + year
                            + " appelle les gouvernements locaux à rendre compte chaque année de leurs engagements ; 11 villes ont annoncé un plan d'action local.",
                    "The " + year
                            + " closing declaration calls on local governments to report every year on their commitments; 11 cities announced a local action plan.",
                    "La declaración final de " + year
                            + " pide a los gobiernos locales rendir cuentas cada año de sus compromisos; 11 ciudades anunciaron un plan de acción local.");
        }
        Instant opens = LocalDate.now(clock).minusDays(20).atStartOfDay(seoul).toInstant();
        return new EventData(
                EventKind.FORUM,
                title,
                summary,
                description,
                start.atTime(9, 30).atZone(seoul).toInstant(),
                start.plusDays(2).atTime(18, 0).atZone(seoul).toInstant(),
                seoul,
                new EventData.Venue(
                        "Kim Dae-jung Convention Center",
                        "30 Sangmu-nuri-ro, Seo-gu",
                        "Gwangju",
                        "KR",
                        35.1468,
                        126.8421),
                "https://stream.whrcf.demo.carta.example/" + year,
                "ASPAC",
                Set.of("en", "fr", "es"),
                Set.of("en", "fr", "es"),
                TranslatableText.of(
                        "Lieu accessible en fauteuil roulant ; interprétation en langue des signes internationale en plénière.",
                        "Wheelchair-accessible venue; International Sign interpretation in plenaries.",
                        "Lugar accesible en silla de ruedas; interpretación en Señas Internacional en plenarias."),
                outcomes,
                organisers,
                materials,
                articles("GCA", 3),
                past
                        ? EventData.Registration.closed()
                        : new EventData.Registration(
                                RegistrationMode.OPEN,
                                opens,
                                start.atStartOfDay(seoul).toInstant(),
                                12,
                                false));
    }

    private void meetings(LocalDate today) {
        record Demo(
                EventKind kind,
                String fr,
                String en,
                String es,
                int inDays,
                int hour,
                int hours,
                String zone,
                String city,
                String country,
                String venue,
                boolean online,
                String region,
                Set<String> languages,
                Integer capacity,
                RegistrationMode mode,
                EventState state,
                String lg) {}
        List<Demo> all = List.of(
                new Demo(
                        EventKind.MEETING,
                        "Groupe de travail sur le droit au logement",
                        "Working group on the right to housing",
                        "Grupo de trabajo sobre el derecho a la vivienda",
                        21,
                        15,
                        2,
                        "Europe/Madrid",
                        null,
                        null,
                        null,
                        true,
                        "EUROPE",
                        Set.of("en", "es"),
                        40,
                        RegistrationMode.OPEN,
                        EventState.PUBLISHED,
                        "Barcelona"),
                new Demo(
                        EventKind.LEARNING,
                        null,
                        null,
                        "Webinario: presupuestos participativos con enfoque de derechos",
                        35,
                        10,
                        2,
                        "America/Bogota",
                        null,
                        null,
                        null,
                        true,
                        "LATAM",
                        Set.of("es"),
                        null,
                        RegistrationMode.OPEN,
                        EventState.PUBLISHED,
                        "Medellín"),
                new Demo(
                        EventKind.LEARNING,
                        "Atelier : construire des indicateurs locaux des droits humains",
                        null,
                        null,
                        49,
                        9,
                        7,
                        "Africa/Dakar",
                        "Dakar",
                        "SN",
                        "Maison des élus locaux",
                        false,
                        "AFRICA",
                        Set.of("fr"),
                        30,
                        RegistrationMode.OPEN,
                        EventState.PUBLISHED,
                        "Dakar"),
                new Demo(
                        EventKind.DEBATE,
                        "Débat : les gouvernements locaux et le droit à la ville",
                        "Policy debate: local governments and the right to the city",
                        "Debate: los gobiernos locales y el derecho a la ciudad",
                        63,
                        17,
                        2,
                        "Europe/Madrid",
                        "Barcelona",
                        "ES",
                        "Palau de Pedralbes",
                        true,
                        "EUROPE",
                        Set.of("en", "fr", "es"),
                        80,
                        RegistrationMode.OPEN,
                        EventState.PUBLISHED,
                        "Barcelona"),
                new Demo(
                        EventKind.MEETING,
                        "Réunion du bureau avec le HCDH",
                        "Bureau meeting with OHCHR",
                        "Reunión de la mesa con el ACNUDH",
                        42,
                        14,
                        3,
                        "Europe/Zurich",
                        "Geneva",
                        "CH",
                        "Palais Wilson",
                        false,
                        "EUROPE",
                        Set.of("en", "fr"),
                        20,
                        RegistrationMode.INVITATION,
                        EventState.PUBLISHED,
                        "Grenoble"),
                new Demo(
                        EventKind.MEETING,
                        "Réunion annuelle de la Commission",
                        "Annual meeting of the Committee",
                        "Reunión anual de la Comisión",
                        -95,
                        9,
                        8,
                        "Europe/Paris",
                        "Grenoble",
                        "FR",
                        "Hôtel de Ville",
                        false,
                        "EUROPE",
                        Set.of("en", "fr", "es"),
                        null,
                        RegistrationMode.CLOSED,
                        EventState.PUBLISHED,
                        "Grenoble"),
                new Demo(
                        EventKind.LEARNING,
                        "Échange entre pairs : migrations et approche fondée sur les droits",
                        "Peer exchange: a rights-based approach to migration",
                        "Intercambio entre pares: migraciones y enfoque de derechos",
                        -180,
                        10,
                        6,
                        "Europe/Istanbul",
                        "Gaziantep",
                        "TR",
                        "Centre municipal des congrès",
                        false,
                        "MEWA",
                        Set.of("en"),
                        null,
                        RegistrationMode.CLOSED,
                        EventState.PUBLISHED,
                        "Gaziantep"),
                new Demo(
                        EventKind.LEARNING,
                        "Visite d'étude à Montevideo",
                        "Study visit to Montevideo",
                        "Visita de estudio a Montevideo",
                        80,
                        9,
                        30,
                        "America/Montevideo",
                        "Montevideo",
                        "UY",
                        "Intendencia de Montevideo",
                        false,
                        "LATAM",
                        Set.of("es", "en"),
                        25,
                        RegistrationMode.OPEN,
                        EventState.POSTPONED,
                        "Montevideo"),
                new Demo(
                        EventKind.LEARNING,
                        "Webinaire : droits numériques et services municipaux",
                        "Webinar: digital rights and municipal services",
                        "Webinario: derechos digitales y servicios municipales",
                        28,
                        13,
                        1,
                        "Europe/Amsterdam",
                        null,
                        null,
                        null,
                        true,
                        "EUROPE",
                        Set.of("en"),
                        null,
                        RegistrationMode.OPEN,
                        EventState.CANCELLED,
                        "Utrecht"),
                new Demo(
                        EventKind.MEETING,
                        "Réunion régionale Afrique",
                        "Regional meeting for Africa",
                        "Reunión regional de África",
                        120,
                        9,
                        6,
                        "Africa/Casablanca",
                        "Rabat",
                        "MA",
                        null,
                        false,
                        "AFRICA",
                        Set.of("fr", "en"),
                        60,
                        RegistrationMode.OPEN,
                        EventState.DRAFT,
                        "Rabat"));
        int n = 0;
        for (Demo d : all) {
            ZoneId zone = ZoneId.of(d.zone());
            LocalDate day = today.plusDays(d.inDays());
            Instant start = day.atTime(LocalTime.of(d.hour(), 0)).atZone(zone).toInstant();
            Instant end = start.plusSeconds(3600L * d.hours());
            TranslatableText title = TranslatableText.of(d.fr(), d.en(), d.es());
            TranslatableText summary = TranslatableText.of(
                    d.fr() == null
                            ? null
                            : "Rencontre du réseau de la Commission, ouverte à ses membres et partenaires.",
                    d.en() == null ? null : "A gathering of the Committee's network, open to its members and partners.",
                    d.es() == null ? null : "Encuentro de la red de la Comisión, abierto a sus miembros y socios.");
            TranslatableText description = TranslatableText.of(
                    d.fr() == null ? null : "Ordre du jour envoyé aux inscrits une semaine avant.\n\n" + DEMO.get("fr"),
                    d.en() == null ? null : "The agenda goes to registrants a week before.\n\n" + DEMO.get("en"),
                    d.es() == null
                            ? null
                            : "El orden del día se envía a las personas inscritas una semana antes.\n\n"
                                    + DEMO.get("es"));
            List<Material> materials = new ArrayList<>();
            if (d.inDays() < 0) {
                resource(11 + n).ifPresent(id -> materials.add(new Material(MaterialKind.MINUTES, null, null, id)));
            }
            TranslatableText reason = d.state() == EventState.POSTPONED
                    ? TranslatableText.of(
                            "Les dates coïncident avec la session du conseil municipal ; de nouvelles dates seront annoncées.",
                            "The dates clash with the city council's session; new dates will be announced.",
                            "Las fechas coinciden con la sesión del concejo municipal; se anunciarán nuevas fechas.")
                    : TranslatableText.of(
                            "L'intervenante principale ne peut pas être présente ; le webinaire sera reprogrammé au prochain semestre.",
                            "The keynote speaker cannot attend; the webinar will be rescheduled next semester.",
                            "La ponente principal no puede asistir; el webinario se reprogramará el próximo semestre.");
            long id = events.createQuietly(
                    new EventData(
                            d.kind(),
                            title,
                            summary,
                            description,
                            start,
                            end,
                            zone,
                            d.city() == null
                                    ? EventData.Venue.none()
                                    : new EventData.Venue(d.venue(), null, d.city(), d.country(), null, null),
                            d.online() ? "https://meet.demo.carta.example/" + (1000 + n) : null,
                            d.region(),
                            d.languages(),
                            d.kind() == EventKind.DEBATE ? Set.of("en", "fr", "es") : Set.of(),
                            TranslatableText.empty(),
                            TranslatableText.empty(),
                            organisers(List.of(d.lg()), List.of()),
                            materials,
                            articles(n % 2 == 0 ? "GCA" : "SDG", 2 + n % 2),
                            d.mode() == RegistrationMode.CLOSED
                                    ? EventData.Registration.closed()
                                    : new EventData.Registration(
                                            d.mode(), null, null, d.capacity(), d.kind() == EventKind.DEBATE)),
                    d.state(),
                    reason);
            if (d.mode() != RegistrationMode.CLOSED && d.state() == EventState.PUBLISHED && d.inDays() > 0) {
                for (int i = 0; i < 3 + n % 4; i++) {
                    String lang = d.languages().contains("en")
                            ? "en"
                            : d.languages().iterator().next();
                    registrations.registerQuietly(
                            id, person(n * 3 + i, lang), Instant.now(clock).minusSeconds(3600L * (50 - i)));
                }
            }
            n++;
        }
    }

    private static RegistrationData person(int i, String lang) {
        String name = PEOPLE[i % PEOPLE.length];
        String email = name.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z ]", "")
                        .replace(' ', '.')
                + (i >= PEOPLE.length ? i : "") + "@demo.carta.example";
        return new RegistrationData(
                name,
                email,
                lang,
                null,
                null,
                null,
                i % 7 == 3 ? "Step-free access" : null,
                i % 5 == 2 ? "Vegetarian" : null,
                Map.of());
    }

    private Optional<Long> resource(long id) {
        return resources.publishedTitle(id).map(t -> id);
    }

    private Set<Long> articles(String framework, int count) {
        List<ArticleRef> all = taxonomy.articles(framework);
        Set<Long> ids = new java.util.HashSet<>();
        for (int i = 0; i < count && i < all.size(); i++) {
            ids.add(all.get((i * 7 + count) % all.size()).id());
        }
        return ids;
    }

    /** Local governments by English name, partners by a word of their English name. */
    private List<Organiser> organisers(List<String> localGovernments, List<String> partners) {
        List<Organiser> out = new ArrayList<>();
        for (LocalGovernmentView lg : directory.allByName("en")) {
            if (localGovernments.contains(lg.name().get("en"))) {
                out.add(new Organiser(Organiser.LOCAL_GOVERNMENT, lg.id(), true));
            }
        }
        for (PartnerView p : directory.partners()) {
            if (partners.stream().anyMatch(w -> p.name().get("en").contains(w))) {
                out.add(new Organiser(Organiser.PARTNER, p.id(), false));
            }
        }
        return out;
    }
}
