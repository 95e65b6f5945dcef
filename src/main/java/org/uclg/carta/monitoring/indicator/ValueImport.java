package org.uclg.carta.monitoring.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.csv.CsvRows;
import org.uclg.carta.kit.csv.ImportReport;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;

/**
 * Imports indicator values from CSV, all or nothing: a dry run reports every problem by line and
 * column (unknown indicator or local government, wrong unit, value out of range, duplicate row).
 */
@Component
public class ValueImport {

    public static final List<String> COLUMNS =
            List.of("indicator", "local_government", "year", "value", "disaggregation", "unit");
    public static final List<String> REQUIRED = List.of("indicator", "local_government", "year", "value");
    public static final String BREAKDOWN =
            "[\\p{L}\\p{N} _.-]+=[\\p{L}\\p{N} _.+<>-]+(;[\\p{L}\\p{N} _.-]+=[\\p{L}\\p{N} _.+<>-]+)*";

    private final Indicators indicators;
    private final Directory directory;
    private final IndicatorValues values;

    public ValueImport(Indicators indicators, Directory directory, IndicatorValues values) {
        this.indicators = indicators;
        this.directory = directory;
        this.values = values;
    }

    private record Parsed(List<IndicatorValues.Point> points, List<ImportReport.Problem> problems) {}

    @Transactional(readOnly = true)
    public ImportReport check(InputStream csv) throws IOException {
        Parsed p = parse(csv);
        return new ImportReport(p.points().size(), p.problems(), 0, 0, false);
    }

    @Transactional
    public ImportReport importAll(InputStream csv) throws IOException {
        Parsed p = parse(csv);
        if (!p.problems().isEmpty()) {
            return new ImportReport(p.points().size(), p.problems(), 0, 0, false);
        }
        int created = 0;
        int updated = 0;
        for (IndicatorValues.Point point : p.points()) {
            if (values.find(point.indicatorId(), point.localGovernmentId(), point.year(), point.disaggregation())
                    .isPresent()) {
                updated++;
            } else {
                created++;
            }
            values.put(point, null);
        }
        return new ImportReport(p.points().size(), List.of(), created, updated, true);
    }

    private Parsed parse(InputStream csv) throws IOException {
        Map<String, Optional<IndicatorView>> byCode = new HashMap<>();
        Map<String, Optional<Long>> lgs = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<IndicatorValues.Point> points = new ArrayList<>();
        List<ImportReport.Problem> problems = CsvRows.readWithoutIds(csv, REQUIRED, (row, out) -> {
            int before = out.size();
            Optional<IndicatorView> indicator = byCode.computeIfAbsent(
                    row.get("indicator").toUpperCase(Locale.ROOT),
                    code -> indicators.findByCode(code).map(Indicator::view));
            if (indicator.isEmpty()) {
                out.add(row.problem("indicator", "monitoring.values.error.indicator"));
            }
            Optional<Long> lg = lgs.computeIfAbsent(row.get("local_government"), this::localGovernment);
            if (lg.isEmpty()) {
                out.add(row.problem("local_government", "monitoring.values.error.localGovernment"));
            }
            int year = -1;
            try {
                year = Integer.parseInt(row.get("year"));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (!ValueRules.validYear(year)) {
                out.add(row.problem("year", "monitoring.values.error.year"));
            }
            BigDecimal value = null;
            try {
                value = ValueRules.parse(row.get("value"));
            } catch (NumberFormatException e) {
                out.add(row.problem("value", "monitoring.values.error.number"));
            }
            String breakdown = row.get("disaggregation");
            if (!breakdown.isEmpty() && (breakdown.length() > 200 || !breakdown.matches(BREAKDOWN))) {
                out.add(row.problem("disaggregation", "monitoring.values.error.disaggregation"));
            }
            if (indicator.isPresent()) {
                String unit = row.get("unit");
                if (!unit.isEmpty()
                        && !unit.replace(" ", "")
                                .equalsIgnoreCase(indicator.get().unit().replace(" ", ""))) {
                    out.add(row.problem("unit", "monitoring.values.error.unit"));
                }
                if (value != null && !ValueRules.inRange(indicator.get(), value)) {
                    out.add(row.problem("value", "monitoring.values.error.range"));
                }
            }
            if (out.size() == before) {
                String key = indicator.get().id() + "|" + lg.get() + "|" + year + "|" + breakdown;
                if (!seen.add(key)) {
                    out.add(row.problem("", "monitoring.values.error.duplicate"));
                } else {
                    points.add(new IndicatorValues.Point(indicator.get().id(), lg.get(), year, breakdown, value));
                }
            }
        });
        return new Parsed(points, problems);
    }

    /** A local government by its number in Carta or by its external id. */
    private Optional<Long> localGovernment(String ref) {
        if (ref.matches("\\d{1,18}")) {
            long id = Long.parseLong(ref);
            if (directory.exists(id)) {
                return Optional.of(id);
            }
        }
        return directory.findByExternalId(ref).map(LocalGovernmentView::id);
    }
}
