package org.uclg.carta.advocacy.front;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.advocacy.campaign.CampaignData;
import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;

/**
 * Demo campaigns, marked as demonstration content: one open with verified endorsements and
 * personal signatures, one closed, and one a member proposed that waits for approval. Fictional
 * signatories and people (addresses under demo.carta.example).
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(72)
class CampaignDemoContent implements ApplicationRunner {

    private static final Actor SECRETARIAT = new Actor("demo-secretariat", true, false, false, Set.of());
    private static final String NOTE =
            "\n\n*Demonstration content: this campaign, its endorsements and signatures are fictional.*";
    private static final String NOTE_FR =
            "\n\n*Contenu de démonstration : cette campagne, ses soutiens et ses signatures sont fictifs.*";
    private static final String NOTE_ES =
            "\n\n*Contenido de demostración: esta campaña, sus adhesiones y firmas son ficticias.*";
    private static final String[] FIRST = {
        "Amara", "Lucía", "Jiwoo", "Marta", "Jonas", "Fatima", "Tomás", "Inès", "Pablo", "Aiko", "Samuel", "Clara",
        "Diego", "Nadia", "Omar", "Elena", "Rafael", "Sofia", "Yusuf", "Camille"
    };
    private static final String[] LAST = {
        "Diallo",
        "Fernández",
        "Kim",
        "Oliveira",
        "Berg",
        "Benali",
        "Novak",
        "Moreau",
        "Ríos",
        "Tanaka",
        "Mensah",
        "Schmidt"
    };
    private static final String[] TITLES = {
        "Mayor",
        "Deputy Mayor for Human Rights",
        "Councillor for Social Inclusion",
        "President of the Council",
        "Deputy Mayor for Housing"
    };

    private final CampaignService campaigns;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final org.uclg.carta.taxonomy.Taxonomy taxonomy;

    CampaignDemoContent(
            CampaignService campaigns,
            Directory directory,
            org.uclg.carta.taxonomy.Taxonomy taxonomy,
            DataSource dataSource,
            Clock clock) {
        this.taxonomy = taxonomy;
        this.campaigns = campaigns;
        this.directory = directory;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from campaign").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<LocalGovernmentView> lgs = directory.allByName("en");
        long housing = campaigns.create(
                data(
                        TranslatableText.of(
                                "Villes pour le droit au logement : pas d'expulsion sans solution",
                                "Cities for the right to housing: no eviction without an alternative",
                                "Ciudades por el derecho a la vivienda: ningún desalojo sin alternativa"),
                        TranslatableText.of(
                                "Engagez votre ville à ne procéder à aucune expulsion sans relogement digne.",
                                "Commit your city to no eviction without decent rehousing.",
                                "Comprometa a su ciudad a no realizar desalojos sin un realojo digno."),
                        100,
                        today.minusDays(75),
                        today.plusDays(120),
                        "GCA:X",
                        "SDG:11"),
                TranslatableText.of(
                        "Nous, gouvernements locaux, affirmons que le logement est un droit et non une marchandise.\n\n"
                                + "- Aucune expulsion sans solution de relogement digne, décidée avec les personnes concernées ;\n"
                                + "- un observatoire local des expulsions, public et mis à jour chaque année ;\n"
                                + "- la mobilisation des logements vacants pour les familles les plus exposées."
                                + NOTE_FR,
                        "We, local governments, affirm that housing is a right and not a commodity.\n\n"
                                + "- No eviction without decent rehousing, decided with the people concerned;\n"
                                + "- a local eviction observatory, public and updated every year;\n"
                                + "- vacant homes mobilised for the families most at risk." + NOTE,
                        "Nosotros, gobiernos locales, afirmamos que la vivienda es un derecho y no una mercancía.\n\n"
                                + "- Ningún desalojo sin un realojo digno, decidido con las personas afectadas;\n"
                                + "- un observatorio local de desalojos, público y actualizado cada año;\n"
                                + "- la movilización de las viviendas vacías para las familias más expuestas."
                                + NOTE_ES),
                true,
                SECRETARIAT);
        endorse(housing, lgs.subList(0, Math.min(34, lgs.size())), today.minusDays(70), 1);
        sign(housing, 62, today.minusDays(72));
        campaigns.postUpdateOn(
                housing,
                today.minusDays(40),
                TranslatableText.of(
                        "Trente gouvernements locaux ont déjà signé",
                        "Thirty local governments have already signed",
                        "Treinta gobiernos locales ya se adhirieron"),
                TranslatableText.of(
                        "La campagne sera présentée lors de la prochaine session du Conseil des droits de l'homme.",
                        "The campaign will be presented at the next session of the Human Rights Council.",
                        "La campaña se presentará en la próxima sesión del Consejo de Derechos Humanos."));
        campaigns.postUpdateOn(
                housing,
                today.minusDays(12),
                TranslatableText.of(
                        "Un guide pratique sur les observatoires des expulsions",
                        "A practical guide to eviction observatories",
                        "Una guía práctica sobre los observatorios de desalojos"),
                TranslatableText.of(
                        "Le groupe de travail logement prépare un guide à partir des expériences des villes signataires.",
                        "The housing working group is preparing a guide drawn from the signatory cities' experience.",
                        "El grupo de trabajo sobre vivienda prepara una guía a partir de la experiencia de las ciudades adheridas."));

        long environment = campaigns.create(
                data(
                        TranslatableText.of(
                                "Pour le droit à un environnement sain dans chaque quartier",
                                "For the right to a healthy environment in every neighbourhood",
                                "Por el derecho a un medio ambiente sano en cada barrio"),
                        TranslatableText.of(
                                "Soutenez la reconnaissance du rôle des villes dans le droit à un environnement sain.",
                                "Support recognition of cities' role in the right to a healthy environment.",
                                "Apoye el reconocimiento del papel de las ciudades en el derecho a un medio ambiente sano."),
                        40,
                        today.minusDays(420),
                        today.minusDays(200),
                        "GCA:XII",
                        "SDG:13"),
                TranslatableText.of(
                        "Les gouvernements locaux s'engagent à mesurer la qualité de l'air, de l'eau et des sols quartier par quartier, "
                                + "et à publier ces données." + NOTE_FR,
                        "Local governments commit to measuring air, water and soil quality neighbourhood by neighbourhood, "
                                + "and to publishing the data." + NOTE,
                        "Los gobiernos locales se comprometen a medir la calidad del aire, el agua y el suelo barrio por barrio, "
                                + "y a publicar los datos." + NOTE_ES),
                true,
                SECRETARIAT);
        endorse(environment, lgs.subList(Math.min(10, lgs.size()), Math.min(37, lgs.size())), today.minusDays(410), 1);
        sign(environment, 25, today.minusDays(400));
        campaigns.close(environment, SECRETARIAT);

        lgs.stream()
                .filter(lg -> lg.name().in("en").text().startsWith("Montevideo"))
                .findFirst()
                .ifPresent(montevideo -> campaigns.propose(
                        data(
                                TranslatableText.of(
                                        "Des espaces publics sûrs pour les femmes et les filles",
                                        "Safe public spaces for women and girls",
                                        "Espacios públicos seguros para mujeres y niñas"),
                                TranslatableText.of(
                                        "Faites des marches exploratoires la règle de tout nouvel aménagement.",
                                        "Make exploratory walks the rule for every new public space.",
                                        "Haga de las marchas exploratorias la regla de todo nuevo espacio público."),
                                60,
                                today.plusDays(10),
                                today.plusDays(200),
                                "GCA:IV",
                                "SDG:5"),
                        TranslatableText.of(
                                "Proposition de Montevideo au réseau." + NOTE_FR,
                                "Montevideo's proposal to the network." + NOTE,
                                "Propuesta de Montevideo a la red." + NOTE_ES),
                        montevideo.id(),
                        new Actor("demo-representative", false, false, true, Set.of(montevideo.id()))));
    }

    /** @param articles framework code and article number, such as GCA:X */
    private CampaignData data(
            TranslatableText title,
            TranslatableText call,
            int goal,
            LocalDate opens,
            LocalDate closes,
            String... articles) {
        List<Long> ids = java.util.Arrays.stream(articles)
                .map(a -> a.split(":"))
                .flatMap(a -> taxonomy.article(a[0], a[1]).stream())
                .map(org.uclg.carta.taxonomy.ArticleRef::id)
                .toList();
        return new CampaignData(title, call, goal, opens, closes, ids, List.of(), List.of(), List.of(), null);
    }

    private void endorse(long campaign, List<LocalGovernmentView> lgs, LocalDate from, int version) {
        for (int i = 0; i < lgs.size(); i++) {
            LocalGovernmentView lg = lgs.get(i);
            Instant at = from.plusDays(i)
                    .atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant()
                    .plus(Duration.ofHours(9 + i % 8));
            boolean verified = i % 9 != 4;
            jdbc.sql("""
                    insert into endorsement (campaign_id, local_government_id, country, region, statement_version, state,
                        signatory_name, signatory_title, decision_reference, decision_date, submitted_by, submitted_at,
                        verified_by, verified_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?)""")
                    .params(
                            campaign,
                            lg.id(),
                            lg.country(),
                            lg.region(),
                            version,
                            verified ? "verified" : "pending",
                            FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length],
                            TITLES[i % TITLES.length],
                            i % 3 == 0 ? "DEL-" + from.getYear() + "-" + (100 + i * 13) : null,
                            i % 3 == 0 ? from.minusDays(3 + i % 5) : null,
                            Timestamp.from(at),
                            verified ? "demo" : null,
                            verified ? Timestamp.from(at.plus(Duration.ofDays(2))) : null)
                    .update();
        }
    }

    private void sign(long campaign, int people, LocalDate from) {
        String[] countries = {"FR", "ES", "UY", "KR", "SN", "BR", "DE", "MA", "CO", "SE"};
        for (int i = 0; i < people; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 5 + i / FIRST.length) % LAST.length];
            String email =
                    (first + "." + last + i).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]", "")
                            + "@demo.carta.example";
            Instant at = from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(Duration.ofHours(i * 17L));
            boolean confirmed = i % 10 != 7;
            jdbc.sql("""
                    insert into signature (campaign_id, email, email_key, name, show_name, country, language,
                        statement_version, state, created_at, confirmed_at)
                    values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                    .params(
                            campaign,
                            email,
                            email,
                            first + " " + last,
                            i % 4 != 1,
                            countries[i % countries.length],
                            new String[] {"fr", "en", "es"}[i % 3],
                            confirmed ? "confirmed" : "pending",
                            Timestamp.from(at),
                            confirmed ? Timestamp.from(at.plus(Duration.ofMinutes(12))) : null)
                    .update();
        }
    }
}
