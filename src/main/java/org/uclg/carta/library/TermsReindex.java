package org.uclg.carta.library;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.uclg.carta.network.LocalGovernmentRenamed;
import org.uclg.carta.taxonomy.ArticleLabelCorrected;

/**
 * Resources are found by the labels of their rights and the names of their local governments
 * (see ResourceTermsBinder). When one of those changes, the resources that carry it are indexed
 * again, in the background and a hundred at a time, once the change is committed.
 */
@Component
class TermsReindex {

    private static final Logger log = LoggerFactory.getLogger(TermsReindex.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "terms-reindex");
        t.setDaemon(true);
        return t;
    });

    private final TermLabels labels;

    TermsReindex(JdbcClient jdbc, EntityManager em, TransactionTemplate tx, TermLabels labels) {
        this.labels = labels;
        this.jdbc = jdbc;
        this.em = em;
        this.tx = tx;
    }

    @TransactionalEventListener
    void on(ArticleLabelCorrected event) {
        reindex(jdbc.sql("select resource_id from resource_article where article_id = ?").param(event.articleId())
                .query(Long.class).list());
    }

    @TransactionalEventListener
    void on(LocalGovernmentRenamed event) {
        reindex(jdbc.sql("select resource_id from resource_local_government where local_government_id = ?")
                .param(event.localGovernmentId()).query(Long.class).list());
    }

    private void reindex(List<Long> ids) {
        labels.forget();
        if (ids.isEmpty()) {
            return;
        }
        worker.submit(() -> {
            try {
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                    tx.executeWithoutResult(status -> {
                        var plan = Search.session(em).indexingPlan();
                        batch.forEach(id -> {
                            Resource r = em.find(Resource.class, id);
                            if (r != null) {
                                plan.addOrUpdate(r);
                            }
                        });
                    });
                }
            } catch (RuntimeException e) {
                log.warn("Could not index {} resources again after a label change: {}", ids.size(), e.toString());
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
