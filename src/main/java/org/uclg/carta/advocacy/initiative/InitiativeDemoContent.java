package org.uclg.carta.advocacy.initiative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.Gatherings;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Demonstration initiatives: a working group on housing that runs the housing campaign, a
 * solidarity initiative on welcoming cities, and a proposal from Montevideo waiting for approval.
 * All fictional, and marked so.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(73)
class InitiativeDemoContent implements ApplicationRunner {

    private static final Actor SECRETARIAT = new Actor("demo-secretariat", true, false, false, Set.of());
    private static final TranslatableText NOTE = TranslatableText.of(
            "\n\n*Contenu de démonstration : cette initiative, ses membres et ses nouvelles sont fictifs.*",
            "\n\n*Demonstration content: this initiative, its members and its news are fictional.*",
            "\n\n*Contenido de demostración: esta iniciativa, sus miembros y sus noticias son ficticios.*");

    private final Initiatives initiatives;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final ResourceSpace resources;
    private final Gatherings gatherings;
    private final JdbcClient jdbc;
    private final Clock clock;

    InitiativeDemoContent(
            Initiatives initiatives,
            Directory directory,
            Taxonomy taxonomy,
            ResourceSpace resources,
            Gatherings gatherings,
            DataSource dataSource,
            Clock clock) {
        this.initiatives = initiatives;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.resources = resources;
        this.gatherings = gatherings;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from initiative").query(Long.class).single() > 0) {
            return;
        }
        Optional<Long> barcelona = lg("demo-barcelona");
        Optional<Long> gaziantep = lg("demo-gaziantep");
        if (barcelona.isEmpty() || gaziantep.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> latest =
                resources.latest(6).stream().map(ResourceSpace.Latest::id).toList();
        List<Long> meetings = gatherings.upcoming(now, 3).stream()
                .map(f -> Long.parseLong(f.path().substring(f.path().lastIndexOf('/') + 1)))
                .toList();
        List<Long> debates = gatherings.openDebates(java.time.LocalDate.now(clock), 1).stream()
                .map(d -> Long.parseLong(d.path().substring(d.path().lastIndexOf('/') + 1)))
                .toList();

        long housing = initiatives.propose(
                new InitiativeData(
                        InitiativeKind.WORKING_GROUP,
                        TranslatableText.of(
                                "Groupe de travail sur le droit au logement",
                                "Working group on the right to housing",
                                "Grupo de trabajo sobre el derecho a la vivienda"),
                        withNote(TranslatableText.of(
                                "Mettre en commun les politiques locales contre les expulsions et pour le logement abordable, "
                                        + "et porter la voix des villes auprès de la rapporteuse spéciale sur le logement.",
                                "Pool local policies against evictions and for affordable housing, and carry cities' "
                                        + "voice to the Special Rapporteur on adequate housing.",
                                "Compartir las políticas locales contra los desalojos y por la vivienda asequible, y llevar "
                                        + "la voz de las ciudades ante la relatora especial sobre la vivienda.")),
                        TranslatableText.of(
                                "- Une réunion en ligne par trimestre ;\n- un guide des observatoires locaux des expulsions ;\n"
                                        + "- la campagne « pas d'expulsion sans solution ».",
                                "- One online meeting each quarter;\n- a guide to local eviction observatories;\n"
                                        + "- the campaign for no eviction without an alternative.",
                                "- Una reunión en línea por trimestre;\n- una guía de observatorios locales de desalojos;\n"
                                        + "- la campaña «ningún desalojo sin alternativa»."),
                        "Núria Vidal Puig",
                        articles("GCA:X", "SDG:11", "SDG:1"),
                        latest.stream().limit(2).toList(),
                        latest.stream().skip(2).limit(1).toList(),
                        meetings.stream().limit(2).toList(),
                        debates),
                barcelona.get(),
                SECRETARIAT);
        members(
                housing,
                "demo-montevideo",
                "demo-saint-denis",
                "demo-seoul",
                "demo-bogota",
                "demo-vienna",
                "demo-montreal",
                "demo-dakar");
        initiatives.seedUpdate(
                housing,
                TranslatableText.of(
                        "Compte rendu de la réunion de septembre",
                        "Notes of the September meeting",
                        "Acta de la reunión de septiembre"),
                TranslatableText.of(
                        "Sept villes ont présenté leur observatoire des expulsions. Le projet de guide circule parmi les membres.",
                        "Seven cities presented their eviction observatory. The draft guide is circulating among members.",
                        "Siete ciudades presentaron su observatorio de desalojos. El borrador de la guía circula entre los miembros."),
                false,
                now.minus(Duration.ofDays(60)));
        initiatives.seedUpdate(
                housing,
                TranslatableText.of(
                        "Le groupe lance une campagne", "The group launches a campaign", "El grupo lanza una campaña"),
                TranslatableText.of(
                        "Avec le secrétariat, le groupe ouvre la campagne « pas d'expulsion sans solution » à tout le réseau.",
                        "With the secretariat, the group opens the campaign for no eviction without an alternative to the whole network.",
                        "Con la secretaría, el grupo abre la campaña «ningún desalojo sin alternativa» a toda la red."),
                true,
                now.minus(Duration.ofDays(40)));
        jdbc.sql("update campaign set initiative_id = ? where id = (select min(id) from campaign where state = 'open')")
                .param(housing)
                .update();

        long welcome = initiatives.propose(
                new InitiativeData(
                        InitiativeKind.INITIATIVE,
                        TranslatableText.of(
                                "Villes accueillantes : solidarité avec les personnes réfugiées et migrantes",
                                "Welcoming cities: solidarity with refugees and migrants",
                                "Ciudades acogedoras: solidaridad con las personas refugiadas y migrantes"),
                        withNote(TranslatableText.of(
                                "Des villes qui accueillent de nombreuses personnes réfugiées partagent leurs pratiques d'accès "
                                        + "aux services, au logement et à l'emploi, et s'entraident par des échanges d'équipes.",
                                "Cities hosting many refugees share how they open services, housing and work to newcomers, "
                                        + "and help each other through staff exchanges.",
                                "Ciudades que acogen a muchas personas refugiadas comparten cómo abren los servicios, la "
                                        + "vivienda y el empleo, y se ayudan mediante intercambios de equipos.")),
                        TranslatableText.of(
                                "- Des échanges d'équipes municipales entre villes membres ;\n- une boîte à outils sur l'accès aux services.",
                                "- Exchanges of municipal staff between member cities;\n- a toolkit on access to services.",
                                "- Intercambios de equipos municipales entre ciudades miembro;\n- una caja de herramientas sobre el acceso a los servicios."),
                        "Elif Demir Aksoy",
                        articles("GCA:VI", "GCA:I", "SDG:10", "SDG:16"),
                        latest.stream().skip(3).limit(1).toList(),
                        latest.stream().skip(4).limit(1).toList(),
                        meetings.stream().skip(2).limit(1).toList(),
                        List.of()),
                gaziantep.get(),
                SECRETARIAT);
        members(welcome, "demo-amman", "demo-beirut", "demo-tunis", "demo-grenoble", "demo-utrecht", "demo-lund");
        initiatives.seedUpdate(
                welcome,
                TranslatableText.of(
                        "Premier échange d'équipes entre Gaziantep et Utrecht",
                        "First staff exchange between Gaziantep and Utrecht",
                        "Primer intercambio de equipos entre Gaziantep y Utrecht"),
                TranslatableText.of(
                        "Quatre agents des services sociaux ont passé une semaine dans chaque ville.",
                        "Four social services officers spent a week in each city.",
                        "Cuatro agentes de servicios sociales pasaron una semana en cada ciudad."),
                true,
                now.minus(Duration.ofDays(25)));

        lg("demo-montevideo")
                .ifPresent(montevideo -> initiatives.propose(
                        new InitiativeData(
                                InitiativeKind.WORKING_GROUP,
                                TranslatableText.of(
                                        "Réseau des bureaux locaux des droits humains",
                                        "Network of local human rights offices",
                                        "Red de oficinas locales de derechos humanos"),
                                withNote(
                                        TranslatableText.of(
                                                "Relier les bureaux municipaux des droits humains pour partager méthodes, formations et plaintes traitées.",
                                                "Connect municipal human rights offices to share methods, training and how complaints are handled.",
                                                "Conectar las oficinas municipales de derechos humanos para compartir métodos, formación y gestión de quejas.")),
                                TranslatableText.empty(),
                                "Lucía Ferreira Sosa",
                                articles("GCA:II", "SDG:16"),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()),
                        montevideo,
                        new Actor("demo-representative", false, false, true, Set.of(montevideo))));
    }

    private Optional<Long> lg(String externalId) {
        return directory.findByExternalId(externalId).map(LocalGovernmentView::id);
    }

    private void members(long initiative, String... externalIds) {
        Arrays.stream(externalIds).forEach(e -> lg(e).ifPresent(id -> initiatives.seedMember(initiative, id)));
    }

    private List<Long> articles(String... refs) {
        return Arrays.stream(refs)
                .map(r -> r.split(":"))
                .flatMap(r -> taxonomy.article(r[0], r[1]).stream())
                .map(ArticleRef::id)
                .toList();
    }

    private static TranslatableText withNote(TranslatableText text) {
        return TranslatableText.of(
                text.get("fr") + NOTE.get("fr"), text.get("en") + NOTE.get("en"), text.get("es") + NOTE.get("es"));
    }
}
