package org.uclg.carta.monitoring;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.monitoring.commitment.Commitment;
import org.uclg.carta.monitoring.commitment.Commitments;
import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;

/** On each article's page: the public commitments of local action plans that serve it. */
@Component
@Transactional(readOnly = true)
class MonitoringTags implements TaggedItemSource {

    private final Commitments commitments;

    MonitoringTags(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public String kindKey() {
        return "monitoring.kind.commitments";
    }

    @Override
    public List<TaggedItem> publicItemsTaggedWith(long articleId) {
        return commitments.publicTaggedWith(articleId).stream()
                .map(Commitment::view)
                .map(c -> new TaggedItem(kindKey(), c.title(), c.path()))
                .toList();
    }
}
