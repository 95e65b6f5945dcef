package org.uclg.carta.monitoring.adherence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.monitoring.commitment.CommitmentData;
import org.uclg.carta.monitoring.commitment.CommitmentService;
import org.uclg.carta.monitoring.indicator.Direction;
import org.uclg.carta.monitoring.indicator.IndicatorData;
import org.uclg.carta.monitoring.indicator.IndicatorKind;
import org.uclg.carta.monitoring.indicator.IndicatorLibrary;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.Taxonomy;

/**
 * Demo adherences, loaded only when CARTA_DEMO=true: most demo local governments adhere to the
 * Global Charter-Agenda, most European ones to the European Charter, several to the Gwangju
 * principles; one adherence was withdrawn and one carries reservations. Loading twice changes nothing.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(50)
public class FollowUpDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FollowUpDemoContent.class);

    private final AdherenceService monitoring;
    private final CommitmentService commitments;
    private final IndicatorLibrary indicatorLibrary;
    private final Adherences adherences;
    private final Directory directory;
    private final Taxonomy taxonomy;

    public FollowUpDemoContent(
            AdherenceService monitoring,
            CommitmentService commitments,
            IndicatorLibrary indicatorLibrary,
            Adherences adherences,
            Directory directory,
            Taxonomy taxonomy) {
        this.monitoring = monitoring;
        this.commitments = commitments;
        this.indicatorLibrary = indicatorLibrary;
        this.adherences = adherences;
        this.directory = directory;
        this.taxonomy = taxonomy;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws java.io.IOException {
        indicators();
        if (adherences.count() > 0) {
            return;
        }
        List<LocalGovernmentView> lgs = directory.allByName("en");
        for (int i = 0; i < lgs.size(); i++) {
            LocalGovernmentView lg = lgs.get(i);
            if (i % 6 != 5) {
                adhere(lg, "GCA", LocalDate.of(2012 + i % 12, 1 + i % 12, 1 + i % 27), i);
            }
            if ("EUROPE".equals(lg.region()) && i % 4 != 3) {
                adhere(lg, "ECSHRC", LocalDate.of(2001 + i % 20, 1 + (i * 5) % 12, 1 + (i * 3) % 27), i);
            }
            if (i % 3 == 0 || "Gwangju".equals(lg.name().get("en"))) {
                adhere(lg, "GGP", LocalDate.of(2015 + i % 9, 5, 17), i);
            }
        }
        // One local government left a charter after a change of council: kept on record.
        adherences.findAll().stream()
                .filter(a -> a.view().frameworkCode().equals("GCA"))
                .skip(4)
                .findFirst()
                .ifPresent(a -> a.withdraw(
                        a.view().adheredOn().plusYears(3),
                        "Council decision after the 2023 " + "elections",
                        java.time.Instant.now()));
        for (int i = 0; i < lgs.size(); i += 3) {
            commitments(lgs.get(i), i);
        }
        log.info("Demo monitoring: {} adherences", adherences.count());
    }

    /** About twenty indicators of the three kinds, from demo/indicators.yaml (existing codes are kept). */
    @SuppressWarnings("unchecked")
    private void indicators() throws java.io.IOException {
        Map<String, Object> root;
        try (var in = new org.springframework.core.io.ClassPathResource("demo/indicators.yaml").getInputStream()) {
            root = new org.yaml.snakeyaml.Yaml(
                            new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()))
                    .load(in);
        }
        for (Map<String, Object> i : (List<Map<String, Object>>) root.get("indicators")) {
            java.util.Set<Long> articles = new java.util.HashSet<>();
            for (String tag : (List<String>) i.get("tags")) {
                String[] parts = tag.split(":");
                taxonomy.article(parts[0], parts[1]).ifPresent(a -> articles.add(a.id()));
            }
            String dis = String.valueOf(i.get("dis"));
            indicatorLibrary.createQuietly(new IndicatorData(
                    (String) i.get("code"),
                    org.uclg.carta.kit.i18n.TranslatableText.of(
                            (String) i.get("fr"), (String) i.get("en"), (String) i.get("es")),
                    org.uclg.carta.kit.i18n.TranslatableText.empty(),
                    IndicatorKind.fromCode((String) i.get("kind")),
                    String.valueOf(i.get("unit")),
                    Direction.fromCode((String) i.get("direction")),
                    dis.isBlank()
                            ? List.of()
                            : java.util.Arrays.stream(dis.split(","))
                                    .map(String::strip)
                                    .toList(),
                    articles));
        }
    }

    /** Two commitments of a local action plan, one of them with a budget. */
    private void commitments(LocalGovernmentView lg, int i) {
        Long housing = taxonomy.article("GCA", "X").map(a -> a.id()).orElse(null);
        Long participation = taxonomy.article("GCA", "II").map(a -> a.id()).orElse(null);
        if (housing == null || participation == null) {
            return;
        }
        int year = 2022 + i % 3;
        commitments.createQuietly(
                lg.id(),
                new CommitmentData(
                        org.uclg.carta.kit.i18n.TranslatableText.of(
                                "Doubler le parc de logements sociaux locatifs",
                                "Double the social rental housing stock",
                                "Duplicar el parque de vivienda social en alquiler"),
                        org.uclg.carta.kit.i18n.TranslatableText.of(
                                "Acquisition et réhabilitation de logements vacants, avec un bail social garanti.",
                                "Buying and renovating empty homes, let on a guaranteed social lease.",
                                "Compra y rehabilitación de viviendas vacías, con un alquiler social garantizado."),
                        "Housing department",
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year + 4, 12, 31),
                        "1200",
                        "2400",
                        new java.math.BigDecimal(25_000_000 + i * 100_000),
                        "EUR",
                        true,
                        java.util.Set.of(housing)));
        commitments.createQuietly(
                lg.id(),
                new CommitmentData(
                        org.uclg.carta.kit.i18n.TranslatableText.of(
                                "Budget participatif dans chaque quartier",
                                "Participatory budgeting in every district",
                                "Presupuesto participativo en cada barrio"),
                        org.uclg.carta.kit.i18n.TranslatableText.empty(),
                        "Citizen participation office",
                        LocalDate.of(year, 3, 1),
                        LocalDate.of(year + 2, 12, 31),
                        "2",
                        "12",
                        null,
                        null,
                        true,
                        java.util.Set.of(participation)));
    }

    private void adhere(LocalGovernmentView lg, String framework, LocalDate on, int i) {
        Map<Long, String> reservations = Map.of();
        if (i == 7 && framework.equals("ECSHRC")) {
            reservations = taxonomy.article("ECSHRC", "XVI")
                    .map(a -> Map.of(
                            a.id(),
                            "Housing is a competence of the regional government; the city commits to its own stock."))
                    .orElse(Map.of());
        }
        monitoring.recordQuietly(
                lg.id(),
                framework,
                new AdherenceData(on, "Res. " + (100 + i) + "/" + on.getYear(), null, null, reservations));
    }
}
