package org.uclg.carta.library.search;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.uclg.carta.library.resource.Resource;
import org.uclg.carta.library.resource.Resources;

/**
 * At start, rebuilds the search index from the database when the two disagree on how many
 * resources are published (a new or deleted index folder, a restored database backup), or when
 * the index was built with an older layout of its fields.
 */
@Component
@Order(100)
public class SearchIndexGuard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexGuard.class);

    /**
     * Raised whenever a change of the mapping needs every resource indexed again (2: document text
     * unstored; 3: segments of at most 25,000 documents; 4: the summary only within the passages;
     * 5: pages without term vectors; 6: titles and passages without term vectors; 7: the text
     * without its Markdown).
     */
    public static final int LAYOUT = 7;

    private final EntityManagerFactory emf;
    private final Resources resources;
    private final IndexRebuild rebuild;
    private final JdbcClient jdbc;
    private final int expected;

    public SearchIndexGuard(
            EntityManagerFactory emf,
            Resources resources,
            IndexRebuild rebuild,
            JdbcClient jdbc,
            org.uclg.carta.kit.web.Languages languages) {
        this.jdbc = jdbc;
        // Each language has its own fields: adding one to carta.languages also needs every resource again.
        this.expected = 31 * LAYOUT + languages.codes().hashCode();
        this.emf = emf;
        this.resources = resources;
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long inDatabase = resources.countPublished();
        long inIndex;
        try (var em = emf.createEntityManager()) {
            inIndex = Search.session(em)
                    .search(Resource.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
        int layout = jdbc.sql("select version from search_index_layout where name = 'resource'")
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (inIndex != inDatabase || layout != expected) {
            log.info(
                    "Search index has {} resources (layout {}), the database {} published (layout {}):"
                            + " rebuilding the index",
                    inIndex,
                    layout,
                    inDatabase,
                    expected);
            rebuild.runNow();
            jdbc.sql("insert into search_index_layout (name, version) values ('resource', ?) on conflict (name)"
                            + " do update set version = excluded.version")
                    .param(expected)
                    .update();
        }
    }
}
