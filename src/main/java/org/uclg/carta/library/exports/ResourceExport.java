package org.uclg.carta.library.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.csv.TableWriter;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.i18n.TranslatableTextConverter;
import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.library.resource.ResourceType;
import org.uclg.carta.library.search.ResourceQuery;
import org.uclg.carta.library.search.ResourceSearch;

/**
 * Writes any search's results as CSV, XLSX or JSON, row by row as the index returns them: memory
 * stays flat however many rows there are. Every row carries the resource's canonical URL.
 */
@Component
public class ResourceExport {

    /** The import's columns (so an edited export imports back as updates), plus id, url and region. */
    private final List<String> columns;

    private final List<String> languages;

    /** One query per batch of ids, with the lists (local governments, tags, themes) folded into cells. */
    private static final String ROWS = """
            select r.id, r.external_id, r.type, r.issued_on, r.title::text as title, r.summary::text as summary,
              r.body::text as body, r.authors, r.original_languages, r.region_code, r.country, r.licence,
              r.external_url, g.lgs, a.tags, t.themes
            from resource r
            left join (select resource_id, string_agg(local_government_id::text, ';' order by local_government_id) lgs
                       from resource_local_government where resource_id = any(?) group by resource_id) g
              on g.resource_id = r.id
            left join (select ra.resource_id, string_agg(f.code || ':' || a.number, ';' order by a.id) tags
                       from resource_article ra join article a on a.id = ra.article_id
                       join framework f on f.id = a.framework_id
                       where ra.resource_id = any(?) group by ra.resource_id) a on a.resource_id = r.id
            left join (select resource_id, string_agg(theme, ';' order by theme) themes
                       from resource_theme where resource_id = any(?) group by resource_id) t on t.resource_id = r.id
            where r.id = any(?)""";

    private static final TranslatableTextConverter JSON = new TranslatableTextConverter();

    private final ResourceSearch search;
    private final JdbcTemplate jdbc;
    private final String pagesUrl;
    private final Executor readers;

    public ResourceExport(
            ResourceSearch search,
            JdbcTemplate jdbc,
            CartaProperties props,
            org.uclg.carta.kit.web.Languages codes,
            @Qualifier("applicationTaskExecutor") Executor readers) {
        this.readers = readers;
        this.search = search;
        this.jdbc = jdbc;
        this.pagesUrl = props.pagesUrl();
        this.languages = props.languages();
        List<String> all = new ArrayList<>(List.of("id", "external_id", "url", "type", "date"));
        for (String field : List.of("title", "summary", "body")) {
            all.addAll(codes.columns(field));
        }
        all.addAll(List.of(
                "authors",
                "languages",
                "region",
                "country",
                "local_governments",
                "tags",
                "themes",
                "licence",
                "external_url"));
        this.columns = List.copyOf(all);
    }

    /**
     * Every matching resource as a row, in the search's order: ids come from the index a batch at a
     * time, their rows straight from PostgreSQL, so memory stays flat and no entity is loaded. Each
     * batch's rows are read on another thread while the batch before is written out, so that
     * writing does not wait for the database (at most two batches are held).
     */
    private void forEachRow(ResourceQuery q, Consumer<List<String>> action) {
        List<CompletableFuture<List<List<String>>>> reading = new ArrayList<>(1);
        search.forEachIds(q, 1_000, ids -> {
            CompletableFuture<List<List<String>>> next = CompletableFuture.supplyAsync(() -> rows(ids), readers);
            if (!reading.isEmpty()) {
                written(reading.remove(0), action);
            }
            reading.add(next);
        });
        if (!reading.isEmpty()) {
            written(reading.remove(0), action);
        }
    }

    private static void written(CompletableFuture<List<List<String>>> rows, Consumer<List<String>> action) {
        try {
            rows.join().forEach(action);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The rows of a batch of ids, in the ids' order (a resource deleted meanwhile is left out). */
    private List<List<String>> rows(List<Long> ids) {
        Map<Long, List<String>> rows = new HashMap<>();
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(ROWS);
                    var array = con.createArrayOf("bigint", ids.toArray());
                    for (int i = 1; i <= 4; i++) {
                        ps.setArray(i, array);
                    }
                    return ps;
                },
                (ResultSet rs) -> {
                    rows.put(rs.getLong("id"), row(rs));
                });
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    public void csv(ResourceQuery q, OutputStream out) throws IOException {
        table(q, TableWriter.csv(out));
    }

    public void json(ResourceQuery q, OutputStream out) {
        try (JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
            json.writeStartArray();
            forEachRow(q, values -> {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    json.writeStringProperty(columns.get(i), values.get(i));
                }
                json.writeEndObject();
            });
            json.writeEndArray();
        }
    }

    public void xlsx(ResourceQuery q, OutputStream out) throws IOException {
        table(q, TableWriter.xlsx(out, "resources"));
    }

    private void table(ResourceQuery q, TableWriter table) throws IOException {
        try (table) {
            table.row(columns);
            forEachRow(q, row -> {
                try {
                    table.row(row);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private List<String> row(ResultSet rs) throws SQLException {
        List<String> v = new ArrayList<>(columns.size());
        long id = rs.getLong("id");
        v.add(String.valueOf(id));
        v.add(Inputs.orEmpty(rs.getString("external_id")));
        v.add(pagesUrl + "/resources/" + id);
        v.add(ResourceType.valueOf(rs.getString("type")).code());
        v.add(Inputs.orEmpty(rs.getString("issued_on")));
        for (String column : List.of("title", "summary", "body")) {
            TranslatableText text = JSON.convertToEntityAttribute(rs.getString(column));
            for (String lang : languages) {
                v.add(text.get(lang));
            }
        }
        v.add(Inputs.orEmpty(rs.getString("authors")));
        String originals = Inputs.orEmpty(rs.getString("original_languages"));
        v.add(
                originals.isBlank()
                        ? ""
                        : java.util.Arrays.stream(originals.split(",")).sorted().collect(Collectors.joining(";")));
        v.add(Inputs.orEmpty(rs.getString("region_code")));
        v.add(Inputs.orEmpty(rs.getString("country")));
        v.add(Inputs.orEmpty(rs.getString("lgs")));
        v.add(Inputs.orEmpty(rs.getString("tags")));
        v.add(Inputs.orEmpty(rs.getString("themes")));
        v.add(Inputs.orEmpty(rs.getString("licence")));
        v.add(Inputs.orEmpty(rs.getString("external_url")));
        return v;
    }
}
