package org.uclg.carta.network;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.csv.CsvRows;
import org.uclg.carta.kit.csv.ImportReport;
import org.uclg.carta.kit.web.Languages;

/**
 * CSV import of local governments: every row is checked first; the batch is written in one
 * transaction and only when no row has an error, so nothing is ever half-imported.
 */
@Service
class CsvImport {

    private final NetworkAdmin admin;
    private final Languages languages;
    private final List<String> columns;
    private final Map<String, String> fieldToColumn;

    CsvImport(NetworkAdmin admin, Languages languages) {
        this.admin = admin;
        this.languages = languages;
        List<String> all = new ArrayList<>(List.of("external_id"));
        all.addAll(languages.columns("name"));
        all.addAll(List.of(
                "type",
                "country",
                "region",
                "population",
                "latitude",
                "longitude",
                "website",
                "member_since",
                "status"));
        this.columns = List.copyOf(all);
        this.fieldToColumn = Map.of("name", "name_" + languages.fallback(), "memberSince", "member_since");
    }

    /** The file's columns, in the order the template and the help page show them. */
    List<String> columns() {
        return columns;
    }

    ImportReport check(InputStream csv) throws IOException {
        return parse(csv).report();
    }

    /** Imports when every row is valid; otherwise writes nothing and returns the report. */
    @Transactional
    ImportReport importAll(InputStream csv) throws IOException {
        Parsed parsed = parse(csv);
        ImportReport report = parsed.report();
        if (!report.problems().isEmpty()) {
            return report;
        }
        int created = 0;
        int updated = 0;
        for (Row row : parsed.rows()) {
            if (admin.upsert(row.externalId(), row.data())) {
                created++;
            } else {
                updated++;
            }
        }
        return new ImportReport(report.rows(), List.of(), created, updated, true);
    }

    private Parsed parse(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<ImportReport.Problem> problems =
                CsvRows.read(in, List.of("external_id", "type", "country", "region"), (row, found) -> {
                    var validated = admin.validate(toForm(row));
                    if (validated.errors().any()) {
                        validated
                                .errors()
                                .all()
                                .forEach((field, key) ->
                                        found.add(row.problem(fieldToColumn.getOrDefault(field, field), key)));
                    } else {
                        rows.add(new Row(row.line(), row.externalId(), validated.data()));
                    }
                });
        return new Parsed(rows, problems);
    }

    private LocalGovernmentForm toForm(CsvRows.Row r) {
        LocalGovernmentForm f = new LocalGovernmentForm();
        for (String lang : languages.codes()) {
            f.getName().getValues().put(lang, r.get("name_" + lang));
        }
        f.setType(r.get("type"));
        f.setCountry(r.get("country"));
        f.setRegion(r.get("region"));
        f.setPopulation(r.get("population"));
        f.setLatitude(r.get("latitude"));
        f.setLongitude(r.get("longitude"));
        f.setWebsite(r.get("website"));
        f.setMemberSince(r.get("member_since"));
        String status = r.get("status");
        f.setStatus(status.isBlank() ? "member" : status);
        return f;
    }

    private record Row(long line, String externalId, LocalGovernmentData data) {}

    private record Parsed(List<Row> rows, List<ImportReport.Problem> problems) {
        ImportReport report() {
            return new ImportReport(rows.size(), problems, 0, 0, false);
        }
    }
}
