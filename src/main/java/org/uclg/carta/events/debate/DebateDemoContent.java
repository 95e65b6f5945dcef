package org.uclg.carta.events.debate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Demo debates: an open one on the right to the city, with positions from several local
 * governments, a reply and one contribution hidden by moderation; a closed one with its
 * conclusion. Every person is fictional.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(62)
public class DebateDemoContent implements ApplicationRunner {

    private final Debates debates;
    private final Contributions contributions;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Clock clock;

    public DebateDemoContent(
            Debates debates, Contributions contributions, Directory directory, Taxonomy taxonomy, Clock clock) {
        this.debates = debates;
        this.contributions = contributions;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (debates.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        Set<Long> housing = Set.of(taxonomy.article("GCA", "X").orElseThrow().id());
        Debate open = new Debate("demo");
        open.apply(
                new DebateData(
                        null,
                        TranslatableText.of(
                                "Comment les gouvernements locaux peuvent-ils garantir le droit à la ville face à la hausse des loyers ?",
                                "How can local governments guarantee the right to the city as rents rise?",
                                "¿Cómo pueden los gobiernos locales garantizar el derecho a la ciudad ante la subida de los alquileres?"),
                        TranslatableText.of(
                                "Les loyers ont augmenté plus vite que les revenus dans la plupart des villes du réseau. Quels outils locaux ont fait leurs preuves ?\n\n*Contenu de démonstration.*",
                                "Rents have risen faster than incomes in most of the network's cities. Which local tools have worked?\n\n*Demonstration content.*",
                                "Los alquileres han subido más que los ingresos en la mayoría de las ciudades de la red. ¿Qué herramientas locales han funcionado?\n\n*Contenido de demostración.*"),
                        today.minusDays(10),
                        today.plusDays(40),
                        housing),
                now);
        debates.save(open);
        long d = open.view().id();
        Long barcelona = lg("Barcelona");
        Long montevideo = lg("Montevideo");
        Long graz = lg("Graz");
        Contribution a = contributions.save(new Contribution(
                d,
                null,
                "laia.puig@demo.carta.example",
                "Laia Puig",
                barcelona,
                "es",
                "En Barcelona, la reserva del 30 % de vivienda asequible en las nuevas promociones ha frenado la expulsión de vecinos en varios barrios. Hace falta que los Estados den a las ciudades la competencia de regular los alquileres.",
                now.minusSeconds(86_400 * 8)));
        contributions.save(new Contribution(
                d,
                null,
                "martin.ferreira@demo.carta.example",
                "Martín Ferreira",
                montevideo,
                "es",
                "Las cooperativas de vivienda por ayuda mutua son nuestra respuesta desde hace décadas: el suelo público cedido a cooperativas mantiene los precios fuera del mercado especulativo.",
                now.minusSeconds(86_400 * 6)));
        contributions.save(new Contribution(
                d,
                a.view().id(),
                "anna.huber@demo.carta.example",
                "Anna Huber",
                graz,
                "en",
                "Graz has a similar rule for new districts. The hard part is monitoring it: we publish the share of affordable units every year.",
                now.minusSeconds(86_400 * 5)));
        Contribution hidden = contributions.save(new Contribution(
                d,
                null,
                "anon.user@demo.carta.example",
                "Visitor 417",
                null,
                "en",
                "Buy cheap flats here!!! www.spam.example",
                now.minusSeconds(86_400 * 4)));
        hidden.hide(
                "Advertising, unrelated to the debate.", "editor@carta.example", now.minusSeconds(86_400 * 4 - 600));
        contributions.save(new Contribution(
                d,
                null,
                "claire.moreau@demo.carta.example",
                "Claire Moreau",
                null,
                "fr",
                "Habitante de Saint-Denis, je pense qu'il faut aussi compter les logements vides : une taxe locale dissuasive les remettrait sur le marché.",
                now.minusSeconds(86_400 * 2)));

        Debate closed = new Debate("demo");
        closed.apply(
                new DebateData(
                        null,
                        TranslatableText.of(
                                "Quelle place pour les enfants dans la conception de l'espace public ?",
                                "What place for children in the design of public space?",
                                "¿Qué lugar para la infancia en el diseño del espacio público?"),
                        TranslatableText.of(
                                "*Contenu de démonstration.*",
                                "*Demonstration content.*",
                                "*Contenido de demostración.*"),
                        today.minusDays(120),
                        today.minusDays(60),
                        housing),
                now);
        debates.save(closed);
        long c = closed.view().id();
        Contribution p1 = contributions.save(new Contribution(
                c,
                null,
                "lucas.silva@demo.carta.example",
                "Lucas Silva",
                lg("Porto Alegre"),
                "es",
                "Los consejos infantiles de barrio revisan cada proyecto de plaza antes de su licitación.",
                now.minusSeconds(86_400 * 100)));
        Contribution p2 = contributions.save(new Contribution(
                c,
                null,
                "sara.lindgren@demo.carta.example",
                "Sara Lindgren",
                lg("Lund"),
                "en",
                "School streets closed to cars at opening times have cut accidents near our schools by a third.",
                now.minusSeconds(86_400 * 95)));
        contributions.flush();
        closed.conclude(
                TranslatableText.of(
                        "Le débat retient deux pratiques à diffuser : consulter des conseils d'enfants avant chaque projet d'espace public, et fermer les rues d'école aux voitures aux heures d'entrée et de sortie.",
                        "The debate retains two practices to spread: consulting children's councils before each public space project, and closing school streets to cars at opening and closing times.",
                        "El debate retiene dos prácticas a difundir: consultar consejos infantiles antes de cada proyecto de espacio público y cerrar las calles escolares a los coches en las horas de entrada y salida."),
                Set.of(p1.view().id(), p2.view().id()),
                now.minusSeconds(86_400 * 55));
    }

    private Long lg(String englishName) {
        for (LocalGovernmentView lg : directory.allByName("en")) {
            if (englishName.equals(lg.name().get("en"))) {
                return lg.id();
            }
        }
        return null;
    }
}
