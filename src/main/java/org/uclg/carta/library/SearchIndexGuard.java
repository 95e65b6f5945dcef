package org.uclg.carta.library;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, rebuilds the search index from the database when the two disagree on how many
 * resources are published (a new or deleted index folder, a restored database backup).
 */
@Component
@Order(100)
class SearchIndexGuard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexGuard.class);

    private final EntityManagerFactory emf;
    private final Resources resources;
    private final IndexRebuild rebuild;

    SearchIndexGuard(EntityManagerFactory emf, Resources resources, IndexRebuild rebuild) {
        this.emf = emf;
        this.resources = resources;
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long inDatabase = resources.countPublished();
        long inIndex;
        try (var em = emf.createEntityManager()) {
            inIndex = Search.session(em).search(Resource.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        if (inIndex != inDatabase) {
            log.info("Search index has {} resources, the database {} published: rebuilding the index", inIndex,
                    inDatabase);
            rebuild.runNow();
        }
    }
}
