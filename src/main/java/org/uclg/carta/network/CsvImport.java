package org.uclg.carta.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of local governments: every row is checked first; the batch is written in one
 * transaction and only when no row has an error, so nothing is ever half-imported.
 */
@Service
class CsvImport {

    static final List<String> COLUMNS = List.of("external_id", "name_fr", "name_en", "name_es", "type", "country",
            "region", "population", "latitude", "longitude", "website", "member_since", "status");
    static final int MAX_ROWS = 5_000;

    private static final Map<String, String> FIELD_TO_COLUMN = Map.of("name", "name_en", "type", "type", "country",
            "country", "region", "region", "population", "population", "latitude", "latitude", "longitude",
            "longitude", "website", "website", "memberSince", "member_since", "status", "status");

    private final NetworkAdmin admin;

    CsvImport(NetworkAdmin admin) {
        this.admin = admin;
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
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(in, decoder); CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : List.of("external_id", "type", "country", "region")) {
                if (!header.contains(column)) {
                    problems.add(new ImportReport.Problem(1, column, "import.error.missingColumn"));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new ImportReport.Problem(line, "", "import.error.tooManyRows"));
                    break;
                }
                String externalId = get(record, "external_id");
                if (externalId.isBlank()) {
                    problems.add(new ImportReport.Problem(line, "external_id", "import.error.externalId"));
                    continue;
                }
                if (!seen.add(externalId)) {
                    problems.add(new ImportReport.Problem(line, "external_id", "import.error.duplicate"));
                    continue;
                }
                LocalGovernmentForm form = toForm(record);
                var validated = admin.validate(form);
                if (validated.errors().any()) {
                    validated.errors().all().forEach((field, key) -> problems
                            .add(new ImportReport.Problem(line, FIELD_TO_COLUMN.getOrDefault(field, field), key)));
                } else {
                    rows.add(new Row(line, externalId, validated.data()));
                }
            }
        } catch (CharacterCodingException e) {
            problems.add(new ImportReport.Problem(0, "", "import.error.encoding"));
        } catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new ImportReport.Problem(0, "", "import.error.malformed"));
        }
        problems.sort(java.util.Comparator.comparingLong(ImportReport.Problem::line));
        return new Parsed(rows, problems);
    }

    private static LocalGovernmentForm toForm(CSVRecord r) {
        LocalGovernmentForm f = new LocalGovernmentForm();
        f.getName().getValues().put("fr", get(r, "name_fr"));
        f.getName().getValues().put("en", get(r, "name_en"));
        f.getName().getValues().put("es", get(r, "name_es"));
        f.setType(get(r, "type"));
        f.setCountry(get(r, "country"));
        f.setRegion(get(r, "region"));
        f.setPopulation(get(r, "population"));
        f.setLatitude(get(r, "latitude"));
        f.setLongitude(get(r, "longitude"));
        f.setWebsite(get(r, "website"));
        f.setMemberSince(get(r, "member_since"));
        String status = get(r, "status");
        f.setStatus(status.isBlank() ? "member" : status);
        return f;
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    private record Row(long line, String externalId, LocalGovernmentData data) {
    }

    private record Parsed(List<Row> rows, List<ImportReport.Problem> problems) {
        ImportReport report() {
            return new ImportReport(rows.size(), problems, 0, 0, false);
        }
    }
}
