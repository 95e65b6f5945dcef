package org.uclg.carta.events.forum;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.library.ResourceSpace;

/**
 * Demo programmes of the Forum editions, after the demo events: rooms, tracks, fictional speakers
 * and three days of sessions each, recordings of past editions linked to Resource Space items.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(61)
public class ForumDemoContent implements ApplicationRunner {

    private static final Actor DEMO = new Actor("demo", true, true, false, Set.of());
    private static final String[][] SPEAKERS = {
        {
            "Dr. Min-seo Han",
            "Gwangju International Center",
            "Chercheuse sur la mémoire démocratique.",
            "Researcher on democratic memory.",
            "Investigadora sobre la memoria democrática."
        },
        {
            "Elena Marchetti",
            "City of Bologna",
            "Adjointe aux droits et à la participation.",
            "Deputy mayor for rights and participation.",
            "Teniente de alcalde de derechos y participación."
        },
        {
            "Ousmane Ndiaye",
            "City of Dakar",
            "Directeur de l'inclusion sociale.",
            "Director of social inclusion.",
            "Director de inclusión social."
        },
        {
            "Carolina Pérez Lagos",
            "Municipality of Medellín",
            "Secrétaire de la non-violence.",
            "Secretary for non-violence.",
            "Secretaria de la No Violencia."
        },
        {
            "Jonas Lindqvist",
            "Raoul Wallenberg Institute",
            "Spécialiste des villes des droits humains.",
            "Specialist in human rights cities.",
            "Especialista en ciudades de derechos humanos."
        },
        {
            "Fatima Zahra Alaoui",
            "City of Rabat",
            "Élue chargée de l'égalité.",
            "Councillor for equality.",
            "Concejala de igualdad."
        },
        {
            "Thomas Keller",
            "City of Graz",
            "Coordinateur du bureau des droits humains.",
            "Coordinator of the human rights office.",
            "Coordinador de la oficina de derechos humanos."
        },
        {
            "Ana Beatriz Costa",
            "São Paulo",
            "Conseillère pour les migrations.",
            "Adviser on migration.",
            "Asesora en migraciones."
        },
        {
            "Kenji Watanabe",
            "Independent researcher",
            "Auteur d'études sur le droit à la ville.",
            "Author of studies on the right to the city.",
            "Autor de estudios sobre el derecho a la ciudad."
        },
        {
            "Grace Achieng",
            "County of Kisumu",
            "Responsable des services de l'eau.",
            "Head of water services.",
            "Responsable de los servicios de agua."
        },
        {
            "Marie-Claire Dubois",
            "OHCHR",
            "Conseillère pour les gouvernements locaux.",
            "Adviser on local governments.",
            "Asesora para gobiernos locales."
        },
        {
            "Youssef Haddad",
            "City of Amman",
            "Directeur de la planification.",
            "Director of planning.",
            "Director de planificación."
        }
    };
    private static final String[][] SESSIONS = {
        {
            "plenary",
            "Ouverture : les villes et la Déclaration universelle",
            "Opening: cities and the Universal Declaration",
            "Apertura: las ciudades y la Declaración Universal"
        },
        {
            "thematic",
            "Logement abordable et expulsions",
            "Affordable housing and evictions",
            "Vivienda asequible y desalojos"
        },
        {"workshop", "Construire des indicateurs locaux", "Building local indicators", "Construir indicadores locales"},
        {
            "thematic",
            "Mémoire démocratique et espace public",
            "Democratic memory and public space",
            "Memoria democrática y espacio público"
        },
        {"side-event", "Réseau des jeunes élus", "Young elected officials' network", "Red de jóvenes cargos electos"},
        {"thematic", "Eau, assainissement et dignité", "Water, sanitation and dignity", "Agua, saneamiento y dignidad"},
        {
            "workshop",
            "Budgets participatifs fondés sur les droits",
            "Rights-based participatory budgets",
            "Presupuestos participativos con enfoque de derechos"
        },
        {
            "cultural",
            "Concert pour la démocratie du 18 mai",
            "Concert for the May 18th democracy",
            "Concierto por la democracia del 18 de mayo"
        },
        {"thematic", "Accueillir les personnes migrantes", "Welcoming migrants", "Acoger a las personas migrantes"},
        {
            "plenary",
            "Les villes au Conseil des droits de l'homme",
            "Cities at the Human Rights Council",
            "Las ciudades en el Consejo de Derechos Humanos"
        },
        {
            "workshop",
            "Rendre compte des engagements de la Charte",
            "Reporting on the Charter's commitments",
            "Rendir cuentas de los compromisos de la Carta"
        },
        {"plenary", "Clôture et déclaration finale", "Closing and final declaration", "Clausura y declaración final"}
    };

    private final ForumService forum;
    private final ResourceSpace resources;

    public ForumDemoContent(ForumService forum, ResourceSpace resources) {
        this.forum = forum;
        this.resources = resources;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!forum.allSpeakers().isEmpty()) {
            return;
        }
        List<Long> speakers = new ArrayList<>();
        for (String[] s : SPEAKERS) {
            speakers.add(forum.createSpeaker(
                    s[0],
                    s[1],
                    TranslatableText.of(
                            s[2] + " Personne fictive.", s[3] + " Fictional person.", s[4] + " Persona ficticia."),
                    DEMO));
        }
        List<EventView> editions = forum.editions();
        for (int n = 0; n < editions.size(); n++) {
            EventView e = editions.get(n);
            forum.setUp(
                    e,
                    List.of("Grand Hall", "Room 201", "Room 202", "Media Lab"),
                    List.of(
                            TranslatableText.of(
                                    "Démocratie et participation",
                                    "Democracy and participation",
                                    "Democracia y participación"),
                            TranslatableText.of("Droits sociaux", "Social rights", "Derechos sociales"),
                            TranslatableText.of("Villes inclusives", "Inclusive cities", "Ciudades inclusivas")),
                    DEMO);
            var rooms = forum.rooms(e.id());
            var tracks = new ArrayList<>(forum.tracks(e.id()).keySet());
            boolean past = e.data().endsAt().isBefore(java.time.Instant.now());
            ZoneId zone = e.zone();
            LocalDate first = e.start().toLocalDate();
            int count = past ? SESSIONS.length : 7;
            for (int i = 0; i < count; i++) {
                String[] s = SESSIONS[i];
                SessionFormat format = SessionFormat.ofCode(s[0]).orElseThrow();
                int day = i * 3 / SESSIONS.length;
                LocalTime start =
                        switch (i % 4) {
                            case 0 -> LocalTime.of(9, 30);
                            case 1 -> LocalTime.of(11, 0);
                            case 2 -> LocalTime.of(14, 0);
                            default -> LocalTime.of(16, 0);
                        };
                Long room = format == SessionFormat.PLENARY
                        ? rooms.get(0).id()
                        : format == SessionFormat.CULTURAL
                                ? null
                                : rooms.get(1 + (i % 3)).id();
                long candidate = 20L + i + n;
                Long resource = past
                                && i % 3 == 0
                                && resources.publishedTitle(candidate).isPresent()
                        ? candidate
                        : null;
                forum.createSession(
                        e,
                        new SessionData(
                                format,
                                true,
                                TranslatableText.of(s[1], s[2], s[3]),
                                TranslatableText.of(
                                        "Échanges entre élus, agents et société civile, suivis de questions de la salle.",
                                        "Exchanges between elected officials, city staff and civil society, followed by questions from the floor.",
                                        "Intercambios entre cargos electos, personal municipal y sociedad civil, seguidos de preguntas del público."),
                                first.plusDays(day).atTime(start).atZone(zone).toInstant(),
                                first.plusDays(day)
                                        .atTime(start.plusMinutes(format == SessionFormat.PLENARY ? 60 : 90))
                                        .atZone(zone)
                                        .toInstant(),
                                room,
                                tracks.get(i % tracks.size()),
                                Set.of("en", i % 2 == 0 ? "es" : "fr"),
                                format == SessionFormat.PLENARY ? Set.of("en", "fr", "es") : Set.of(),
                                List.of(
                                        new SessionSpeaker(speakers.get((i + n) % speakers.size()), true),
                                        new SessionSpeaker(speakers.get((i + n + 3) % speakers.size()), false),
                                        new SessionSpeaker(speakers.get((i + n + 7) % speakers.size()), false)),
                                null,
                                resource),
                        DEMO);
            }
        }
    }
}
