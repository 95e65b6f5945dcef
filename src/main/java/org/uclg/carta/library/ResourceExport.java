package org.uclg.carta.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.uclg.carta.kit.CartaProperties;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes any search's results as CSV, XLSX or JSON, row by row as the index returns them: memory
 * stays flat however many rows there are. Every row carries the resource's canonical URL.
 */
@Component
class ResourceExport {

    static final List<String> COLUMNS = List.of("id", "url", "type", "date", "title_fr", "title_en", "title_es",
            "summary_fr", "summary_en", "summary_es", "authors", "original_languages", "region", "country",
            "local_governments", "articles", "themes", "licence", "external_url");

    private final ResourceSearch search;
    private final String baseUrl;

    ResourceExport(ResourceSearch search, CartaProperties props) {
        this.search = search;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    void csv(ResourceQuery q, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
                COLUMNS.toArray(String[]::new)).get())) {
            search.forEach(q, r -> {
                try {
                    csv.printRecord(row(r).stream().map(ResourceExport::inert).toList());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    void json(ResourceQuery q, OutputStream out) {
        try (JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
            json.writeStartArray();
            search.forEach(q, r -> {
                json.writeStartObject();
                List<String> values = row(r);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    json.writeStringProperty(COLUMNS.get(i), values.get(i));
                }
                json.writeEndObject();
            });
            json.writeEndArray();
        }
    }

    void xlsx(ResourceQuery q, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("resources");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int[] next = {1};
            search.forEach(q, r -> {
                Row row = sheet.createRow(next[0]++);
                List<String> values = row(r);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(inert(values.get(i)));
                }
            });
            book.write(out);
            book.dispose();
        }
    }

    private List<String> row(ResourceView r) {
        List<String> v = new ArrayList<>();
        v.add(String.valueOf(r.id()));
        v.add(baseUrl + "/en" + r.path());
        v.add(r.type().code());
        v.add(r.issuedOn() == null ? "" : r.issuedOn().toString());
        for (String lang : List.of("fr", "en", "es")) {
            v.add(r.title().get(lang));
        }
        for (String lang : List.of("fr", "en", "es")) {
            v.add(r.summary().get(lang));
        }
        v.add(nz(r.authors()));
        v.add(r.originalLanguages().stream().sorted().collect(Collectors.joining(" ")));
        v.add(nz(r.region()));
        v.add(nz(r.country()));
        v.add(r.localGovernmentIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(" ")));
        v.add(r.articleIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(" ")));
        v.add(String.join(", ", r.themes()));
        v.add(nz(r.licence()));
        v.add(nz(r.externalUrl()));
        return v;
    }

    /** A cell a spreadsheet will not run as a formula. */
    static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
