package org.uclg.carta.monitoring.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.monitoring.adherence.AdherenceData;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.monitoring.adherence.Adherences;
import org.uclg.carta.monitoring.indicator.IndicatorValues;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.monitoring.indicator.Indicators;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;

/**
 * Demo reporting, loaded only when CARTA_DEMO=true and no cycle exists: two past cycles of the
 * Global Charter-Agenda and one open now, reports in every state (most past ones published, some
 * returned, drafts in the open cycle), and yearly indicator values, so every chart has data.
 * Montevideo, which the demo representative acts for, is left to write its open-cycle report.
 */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(60)
public class ReportingDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportingDemoContent.class);
    public static final List<String> INDICATORS = List.of("STR-01", "PRO-01", "PRO-03", "OUT-01", "OUT-03", "OUT-05");
    private static final String DEMO = "demo@carta.example";

    private final Cycles cycles;
    private final CycleService cycleService;
    private final Reports reports;
    private final Indicators indicators;
    private final IndicatorValues values;
    private final AdherenceService monitoring;
    private final Adherences adherences;
    private final Directory directory;
    private final Clock clock;

    public ReportingDemoContent(
            Cycles cycles,
            CycleService cycleService,
            Reports reports,
            Indicators indicators,
            IndicatorValues values,
            AdherenceService monitoring,
            Adherences adherences,
            Directory directory,
            Clock clock) {
        this.cycles = cycles;
        this.cycleService = cycleService;
        this.reports = reports;
        this.indicators = indicators;
        this.values = values;
        this.monitoring = monitoring;
        this.adherences = adherences;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (cycles.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<ArticleRef> articles = cycleService.frameworkArticles("GCA");
        if (articles.isEmpty()) {
            return;
        }
        Map<String, IndicatorView> asked = new LinkedHashMap<>();
        INDICATORS.forEach(code -> indicators.findByCode(code).ifPresent(i -> asked.put(code, i.view())));
        Set<Long> indicatorIds =
                asked.values().stream().map(IndicatorView::id).collect(java.util.stream.Collectors.toSet());
        Set<Long> articleIds = articles.stream().map(ArticleRef::id).collect(java.util.stream.Collectors.toSet());
        StatusScale scale = cycleService.standardScale();
        TranslatableText instructions = TranslatableText.of(
                "Pour chaque article, indiquez où en est votre gouvernement local, décrivez les mesures prises et joignez des justificatifs (délibérations, rapports, liens vers l'Espace ressources). Les valeurs des indicateurs portent sur la dernière année de la période.",
                "For each article, say where your local government stands, describe the measures taken and add evidence (council decisions, reports, links to the Resource Space). Indicator values refer to the last year of the period.",
                "Para cada artículo, indique en qué punto está su gobierno local, describa las medidas tomadas y añada evidencias (acuerdos del pleno, informes, enlaces al Espacio de recursos). Los valores de los indicadores se refieren al último año del periodo.");
        ReportingCycle first = cycle(
                "2021–2022",
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2022, 12, 31),
                LocalDate.of(2023, 1, 16),
                LocalDate.of(2023, 5, 31),
                instructions,
                scale,
                articleIds,
                indicatorIds);
        ReportingCycle second = cycle(
                "2023–2024",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 5, 30),
                instructions,
                scale,
                articleIds,
                indicatorIds);
        ReportingCycle open = cycle(
                "2025–2026",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 6, 30),
                today.minusDays(30),
                today.plusDays(21),
                instructions,
                scale,
                articleIds,
                indicatorIds);

        List<LocalGovernmentView> lgs = directory.allByName("en");
        LocalGovernmentView montevideo = lgs.stream()
                .filter(lg -> "Montevideo".equals(lg.name().get("en")))
                .findFirst()
                .orElse(null);
        if (montevideo != null && adherences.current(montevideo.id(), "GCA").isEmpty()) {
            monitoring.recordQuietly(
                    montevideo.id(),
                    "GCA",
                    new AdherenceData(
                            LocalDate.of(2014, 12, 10), "Res. 4412/2014", null, "Intendencia de Montevideo", Map.of()));
        }
        List<LocalGovernmentView> adherents = lgs.stream()
                .filter(lg -> adherences.current(lg.id(), "GCA").isPresent())
                .toList();
        int n = 0;
        for (int i = 0; i < adherents.size(); i++) {
            LocalGovernmentView lg = adherents.get(i);
            boolean rep = montevideo != null && lg.id() == montevideo.id();
            n += report(
                    first.view(),
                    lg,
                    i,
                    0,
                    i % 10 < 7 ? ReportState.PUBLISHED : i % 10 == 7 ? ReportState.RETURNED : null,
                    articles,
                    asked);
            n += report(
                    second.view(),
                    lg,
                    i,
                    1,
                    i % 10 < 8 || rep ? ReportState.PUBLISHED : i % 10 == 8 ? ReportState.RETURNED : ReportState.DRAFT,
                    articles,
                    asked);
            ReportState now = rep
                    ? null
                    : switch (i % 7) {
                        case 0, 1 -> ReportState.DRAFT;
                        case 2 -> ReportState.SUBMITTED;
                        case 3 -> ReportState.UNDER_REVIEW;
                        case 4 -> ReportState.PUBLISHED;
                        default -> null;
                    };
            n += report(open.view(), lg, i, 2, now, articles, asked);
            history(lg, i, asked);
        }
        log.info("Demo reporting: 3 cycles, {} reports", n);
    }

    private ReportingCycle cycle(
            String years,
            LocalDate start,
            LocalDate end,
            LocalDate opens,
            LocalDate deadline,
            TranslatableText instructions,
            StatusScale scale,
            Set<Long> articles,
            Set<Long> indicatorIds) {
        ReportingCycle c = new ReportingCycle("GCA", DEMO);
        c.apply(
                new CycleData(
                        TranslatableText.of(
                                "Charte-Agenda mondiale " + years,
                                "Global Charter-Agenda " + years,
                                "Carta-Agenda Mundial " + years),
                        instructions,
                        start,
                        end,
                        opens,
                        deadline,
                        scale,
                        articles,
                        indicatorIds),
                Instant.now(clock));
        return cycles.save(c);
    }

    private int report(
            CycleView cycle,
            LocalGovernmentView lg,
            int i,
            int round,
            ReportState state,
            List<ArticleRef> articles,
            Map<String, IndicatorView> asked) {
        if (state == null) {
            return 0;
        }
        Instant at = cycle.deadline()
                .minusDays(10 + i % 20)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        // The open cycle's deadline is ahead: its reports were written in the last weeks, and
        // published (three days after writing) by today at the latest, never in the future.
        Instant latest = Instant.now(clock).minus(java.time.Duration.ofDays(4));
        if (at.isAfter(latest)) {
            at = latest.minus(java.time.Duration.ofDays(i % 20));
        }
        Report r = new Report(cycle.id(), lg.id(), DEMO, at);
        Map<Long, ReportDraft.Answer> answers = new LinkedHashMap<>();
        boolean partial = state == ReportState.DRAFT;
        for (int a = 0; a < articles.size(); a++) {
            if (partial && a > articles.size() / 2) {
                break;
            }
            String status = status(i, a, round);
            answers.put(articles.get(a).id(), new ReportDraft.Answer(status, narrative(status, articles.get(a), lg)));
        }
        Map<Long, ReportDraft.Value> vals = new LinkedHashMap<>();
        if (!partial) {
            asked.forEach((code, ind) ->
                    vals.put(ind.id(), new ReportDraft.Value(cycle.valueYear(), value(code, i, cycle.valueYear()))));
        }
        List<ReportView.EvidenceView> evidence = new ArrayList<>();
        if (i % 3 == 0) {
            evidence.add(new ReportView.EvidenceView(
                    -1,
                    articles.get(0).id(),
                    null,
                    "https://www.uclg-cisdp.org/",
                    "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights",
                    null,
                    null,
                    null,
                    null));
        }
        r.write(new ReportDraft(answers, vals, evidence, List.of()), DEMO, at);
        if (state != ReportState.DRAFT) {
            r.moveTo(ReportState.SUBMITTED, DEMO, at);
        }
        if (state == ReportState.UNDER_REVIEW || state == ReportState.PUBLISHED || state == ReportState.RETURNED) {
            r.moveTo(ReportState.UNDER_REVIEW, DEMO, at.plusSeconds(86_400));
        }
        if (state == ReportState.RETURNED) {
            r.comment("Merci : pourriez-vous joindre la délibération du conseil et préciser les chiffres de 2024 ? / "
                    + "Thank you: could you attach the council decision and give the 2024 figures?");
            r.moveTo(ReportState.RETURNED, DEMO, at.plusSeconds(2 * 86_400));
        }
        if (state == ReportState.PUBLISHED) {
            r.moveTo(ReportState.PUBLISHED, DEMO, at.plusSeconds(3 * 86_400));
        }
        reports.save(r);
        if (state == ReportState.PUBLISHED) {
            vals.forEach((indicator, v) ->
                    values.put(new IndicatorValues.Point(indicator, lg.id(), v.year(), "", v.value()), r.id()));
        }
        return 1;
    }

    /** Later cycles are further along, and local governments differ. */
    private static String status(int i, int article, int round) {
        int score = (i * 7 + article * 3) % 5 + round;
        if ((i + article) % 11 == 0) {
            return StatusScale.NOT_APPLICABLE;
        }
        return score <= 1
                ? "planned"
                : score <= 3
                        ? "in_progress"
                        : score >= 5 ? "achieved" : (article % 2 == 0 ? "achieved" : "in_progress");
    }

    private static TranslatableText narrative(String status, ArticleRef a, LocalGovernmentView lg) {
        if (StatusScale.NOT_APPLICABLE.equals(status)) {
            return TranslatableText.empty();
        }
        String fr =
                switch (status) {
                    case "planned" ->
                        "Un plan d'action pour l'article %s a été approuvé ; les premières mesures démarrent l'an prochain.";
                    case "in_progress" ->
                        "Les mesures liées à l'article %s sont en cours, avec un suivi semestriel par le conseil.";
                    default ->
                        "Les objectifs de l'article %s sont atteints ; le conseil en publie le bilan chaque année.";
                };
        String en =
                switch (status) {
                    case "planned" -> "An action plan for article %s was approved; the first measures start next year.";
                    case "in_progress" ->
                        "Measures under article %s are under way, with a review by the council every six months.";
                    default -> "The aims of article %s are met; the council publishes a yearly account of them.";
                };
        String es =
                switch (status) {
                    case "planned" ->
                        "Se aprobó un plan de acción para el artículo %s; las primeras medidas empiezan el año próximo.";
                    case "in_progress" ->
                        "Las medidas del artículo %s están en marcha, con una revisión semestral del pleno.";
                    default -> "Los objetivos del artículo %s se han cumplido; el pleno publica cada año un balance.";
                };
        return TranslatableText.of(fr.formatted(a.number()), en.formatted(a.number()), es.formatted(a.number()));
    }

    /** A plausible value that improves year after year, different for each local government. */
    public static BigDecimal value(String code, int i, int year) {
        int t = year - 2018;
        double v =
                switch (code) {
                    case "STR-01" -> (i + t) % 4 == 0 ? 0 : 1;
                    case "PRO-01" -> 2 + (i % 9) + t * 0.8;
                    case "PRO-03" -> 8 + (i % 13) + t * 0.9;
                    case "OUT-01" -> Math.max(3, 34 - (i % 11) - t * 1.1);
                    case "OUT-03" -> Math.min(100, 82 + (i % 15) + t * 0.6);
                    default -> 48 + (i % 17) + t;
                };
        return BigDecimal.valueOf(Math.min(v, 100)).setScale(1, RoundingMode.HALF_UP);
    }

    /** Values the secretariat gathered before the first cycle, 2018 to 2020, with a breakdown by sex. */
    private void history(LocalGovernmentView lg, int i, Map<String, IndicatorView> asked) {
        for (int year = 2018; year <= 2020; year++) {
            for (var e : asked.entrySet()) {
                BigDecimal v = value(e.getKey(), i, year);
                values.put(new IndicatorValues.Point(e.getValue().id(), lg.id(), year, "", v), null);
                if (e.getKey().equals("OUT-05")) {
                    values.put(
                            new IndicatorValues.Point(
                                    e.getValue().id(), lg.id(), year, "sex=female", v.subtract(BigDecimal.valueOf(9))),
                            null);
                    values.put(
                            new IndicatorValues.Point(
                                    e.getValue().id(),
                                    lg.id(),
                                    year,
                                    "sex=male",
                                    v.add(BigDecimal.valueOf(7)).min(BigDecimal.valueOf(100))),
                            null);
                }
            }
        }
    }
}
