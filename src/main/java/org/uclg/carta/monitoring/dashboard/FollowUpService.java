package org.uclg.carta.monitoring.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.monitoring.indicator.Indicator;
import org.uclg.carta.monitoring.indicator.IndicatorValues;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.monitoring.indicator.Indicators;
import org.uclg.carta.monitoring.reporting.CycleService;
import org.uclg.carta.monitoring.reporting.CycleView;
import org.uclg.carta.monitoring.reporting.ReportService;
import org.uclg.carta.monitoring.reporting.ReportState;

/** A local government's reports and indicator series, for its follow-up page and its PDF. */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private final ReportService reports;
    private final CycleService cycles;
    private final Indicators indicators;
    private final IndicatorValues values;

    public FollowUpService(ReportService reports, CycleService cycles, Indicators indicators, IndicatorValues values) {
        this.reports = reports;
        this.cycles = cycles;
        this.indicators = indicators;
        this.values = values;
    }

    public FollowUpView of(long localGovernmentId, String name, Actor viewer, boolean charts) {
        Map<Long, CycleView> byId =
                cycles.newestFirst().stream().collect(Collectors.toMap(CycleView::id, Function.identity()));
        List<FollowUpView.ReportLine> lines = reports.ofLocalGovernment(localGovernmentId, viewer).stream()
                .map(r -> new FollowUpView.ReportLine(r, byId.get(r.cycleId())))
                .sorted(Comparator.comparing(
                                (FollowUpView.ReportLine l) -> l.cycle().periodEnd())
                        .reversed())
                .toList();
        FollowUpView.ReportLine latest = lines.stream()
                .filter(l -> l.report().state() == ReportState.PUBLISHED)
                .findFirst()
                .orElse(null);
        Map<Long, List<FollowUpView.Point>> points = new LinkedHashMap<>();
        for (IndicatorValues.Point p : values.totalsOf(localGovernmentId)) {
            points.computeIfAbsent(p.indicatorId(), k -> new ArrayList<>())
                    .add(new FollowUpView.Point(p.year(), p.value()));
        }
        Map<Long, List<IndicatorValues.Point>> breakdowns = new LinkedHashMap<>();
        for (IndicatorValues.Point p : values.breakdownsOf(localGovernmentId)) {
            breakdowns.computeIfAbsent(p.indicatorId(), k -> new ArrayList<>()).add(p);
        }
        Map<Long, IndicatorView> known = indicators.findAllById(points.keySet()).stream()
                .map(Indicator::view)
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));
        List<FollowUpView.IndicatorSeries> series = new ArrayList<>();
        known.values().stream()
                .sorted(Comparator.comparing(IndicatorView::code))
                .forEach(i -> {
                    List<FollowUpView.Point> ps = points.get(i.id());
                    String chart = null;
                    if (charts && ps.size() > 1 && !i.yesNo()) {
                        Map<Integer, Number> line = new LinkedHashMap<>();
                        ps.forEach(p -> line.put(p.year(), p.value()));
                        chart = Charts.lines(i.code() + " – " + name, i.unit(), Map.of(name, line));
                    }
                    List<IndicatorValues.Point> split = breakdowns.getOrDefault(i.id(), List.of());
                    Integer year =
                            split.isEmpty() ? null : split.get(split.size() - 1).year();
                    series.add(new FollowUpView.IndicatorSeries(
                            i,
                            ps,
                            chart,
                            year,
                            split.stream()
                                    .filter(p -> year != null && p.year() == year)
                                    .map(p -> new FollowUpView.Breakdown(p.disaggregation(), p.value()))
                                    .toList()));
                });
        return new FollowUpView(
                lines, latest, latest == null ? List.of() : cycles.askedArticles(latest.cycle()), series);
    }
}
