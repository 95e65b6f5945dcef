package org.uclg.carta.library.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Names of local governments and labels of articles as the search index writes them into each
 * resource, kept in memory so that indexing a resource does not query them again: indexing
 * fifty documents' pages asked the database a hundred times for the same few names. Forgotten when
 * a label is corrected or a local government renamed (before their resources are indexed again),
 * and every ten minutes, for changes that come by other ways (an import).
 */
@Component
public class TermLabels {

    private final JdbcClient jdbc;
    private final Map<Long, List<String>> localGovernments = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> articles = new ConcurrentHashMap<>();

    public TermLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of these local governments in every language, as the index's text. */
    public List<String> localGovernments(Collection<Long> ids) {
        return labels(ids, localGovernments, "select id, name::text from local_government where id in (:ids)");
    }

    /** The labels of these articles in every language, as the index's text. */
    public List<String> articles(Collection<Long> ids) {
        return labels(ids, articles, "select id, label::text from article where id in (:ids)");
    }

    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    public void forget() {
        localGovernments.clear();
        articles.clear();
    }

    private List<String> labels(Collection<Long> ids, Map<Long, List<String>> known, String sql) {
        List<Long> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> known.put(id, List.of())); // deleted rows stay unnamed
            jdbc.sql(sql)
                    .param("ids", missing)
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> known.put(e.getKey(), List.of(e.getValue())));
        }
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.addAll(known.getOrDefault(id, List.of())));
        return out;
    }
}
