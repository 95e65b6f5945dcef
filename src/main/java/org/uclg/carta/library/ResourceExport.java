package org.uclg.carta.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.taxonomy.Taxonomy;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes any search's results as CSV, XLSX or JSON, row by row as the index returns them: memory
 * stays flat however many rows there are. Every row carries the resource's canonical URL.
 */
@Component
class ResourceExport {

    /** The import's columns (so an edited export imports back as updates), plus id, url and region. */
    static final List<String> COLUMNS = List.of("id", "external_id", "url", "type", "date", "title_fr", "title_en",
            "title_es", "summary_fr", "summary_en", "summary_es", "body_fr", "body_en", "body_es", "authors",
            "languages", "region", "country", "local_governments", "tags", "themes", "licence", "external_url");

    private final ResourceSearch search;
    private final Taxonomy taxonomy;
    private final String baseUrl;

    ResourceExport(ResourceSearch search, Taxonomy taxonomy, CartaProperties props) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    /** Every article as the import writes it, FRAMEWORK:NUMBER, read once per export. */
    private Map<Long, String> tagCodes() {
        Map<Long, String> codes = new HashMap<>();
        taxonomy.frameworks().forEach(fw -> taxonomy.articles(fw.code())
                .forEach(a -> codes.put(a.id(), a.frameworkCode() + ":" + a.number())));
        return codes;
    }

    void csv(ResourceQuery q, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
                COLUMNS.toArray(String[]::new)).get())) {
            Map<Long, String> tags = tagCodes();
            search.forEach(q, r -> {
                try {
                    csv.printRecord(row(r, tags).stream().map(ResourceExport::inert).toList());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    void json(ResourceQuery q, OutputStream out) {
        try (JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
            json.writeStartArray();
            Map<Long, String> tags = tagCodes();
            search.forEach(q, r -> {
                json.writeStartObject();
                List<String> values = row(r, tags);
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
            Map<Long, String> tags = tagCodes();
            search.forEach(q, r -> {
                Row row = sheet.createRow(next[0]++);
                List<String> values = row(r, tags);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(inert(values.get(i)));
                }
            });
            book.write(out);
            book.dispose();
        }
    }

    private List<String> row(ResourceView r, Map<Long, String> tags) {
        List<String> v = new ArrayList<>();
        v.add(String.valueOf(r.id()));
        v.add(nz(r.externalId()));
        v.add(baseUrl + "/en" + r.path());
        v.add(r.type().code());
        v.add(r.issuedOn() == null ? "" : r.issuedOn().toString());
        for (var text : List.of(r.title(), r.summary(), r.body())) {
            for (String lang : List.of("fr", "en", "es")) {
                v.add(text.get(lang));
            }
        }
        v.add(nz(r.authors()));
        v.add(r.originalLanguages().stream().sorted().collect(Collectors.joining(";")));
        v.add(nz(r.region()));
        v.add(nz(r.country()));
        v.add(r.localGovernmentIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(";")));
        v.add(r.articleIds().stream().sorted().map(id -> tags.getOrDefault(id, "")).filter(t -> !t.isEmpty())
                .collect(Collectors.joining(";")));
        v.add(String.join(";", r.themes()));
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
