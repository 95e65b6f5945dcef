package org.uclg.carta.library.exports;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.library.search.ResourceFilters;
import org.uclg.carta.library.search.ResourceQuery;

/** Downloads of any search (CSV, XLSX, JSON) and its Atom feed; the same parameters as the search page. */
@Controller
public class ExportController {

    private final ResourceExport export;
    private final ResourceFeed feed;

    public ExportController(ResourceExport export, ResourceFeed feed) {
        this.export = export;
        this.feed = feed;
    }

    @GetMapping("/{lang}/resources/export.{format}")
    public ResponseEntity<StreamingResponseBody> export(
            @PathVariable String lang, @PathVariable String format, @ModelAttribute ResourceFilters filters) {
        ResourceQuery query = filters.query("date", 1, 20);
        return switch (format) {
            case "csv" -> download("resources.csv", "text/csv;charset=UTF-8", out -> export.csv(query, out));
            case "json" -> download("resources.json", MediaType.APPLICATION_JSON_VALUE, out -> export.json(query, out));
            case "xlsx" ->
                download(
                        "resources.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        out -> export.xlsx(query, out));
            case "atom" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                        .body(out -> feed.write(query, lang, out));
            default -> throw new NotFoundException();
        };
    }

    private static ResponseEntity<StreamingResponseBody> download(
            String name, String type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
