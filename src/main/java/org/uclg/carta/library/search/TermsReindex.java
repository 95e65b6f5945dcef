package org.uclg.carta.library.search;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.uclg.carta.library.resource.Resource;
import org.uclg.carta.network.LocalGovernmentRenamed;
import org.uclg.carta.taxonomy.ArticleLabelCorrected;

/**
 * Resources are found by the labels of their rights and the names of their local governments
 * (see ResourceTermsBinder). When one of those changes, the resources that carry it are indexed
 * again, a hundred at a time, once the change is committed. The listeners are Spring Modulith's:
 * the event is kept in event_publication until they finish, so a restart midway runs them again.
 */
@Component
public class TermsReindex {

    private static final Logger log = LoggerFactory.getLogger(TermsReindex.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final EntityManager em;
    private final TransactionTemplate batches;
    private final TermLabels labels;

    public TermsReindex(JdbcClient jdbc, EntityManager em, PlatformTransactionManager transactions, TermLabels labels) {
        this.labels = labels;
        this.jdbc = jdbc;
        this.em = em;
        this.batches = new TransactionTemplate(transactions);
        // Each batch commits on its own, so a long reindex never holds one transaction open.
        this.batches.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    public void on(ArticleLabelCorrected event) {
        reindex(jdbc.sql("select resource_id from resource_article where article_id = ?")
                .param(event.articleId())
                .query(Long.class)
                .list());
    }

    @ApplicationModuleListener
    public void on(LocalGovernmentRenamed event) {
        reindex(jdbc.sql("select resource_id from resource_local_government where local_government_id = ?")
                .param(event.localGovernmentId())
                .query(Long.class)
                .list());
    }

    private void reindex(List<Long> ids) {
        labels.forget();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            batches.executeWithoutResult(status -> {
                var plan = Search.session(em).indexingPlan();
                batch.forEach(id -> {
                    Resource r = em.find(Resource.class, id);
                    if (r != null) {
                        plan.addOrUpdate(r);
                    }
                });
            });
        }
        log.debug("Indexed {} resources again after a label change", ids.size());
    }
}
