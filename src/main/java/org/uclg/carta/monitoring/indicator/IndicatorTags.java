package org.uclg.carta.monitoring.indicator;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;

/** On each article's page: the indicators of the library that measure it. */
@Component
@Transactional(readOnly = true)
public class IndicatorTags implements TaggedItemSource {

    private final Indicators indicators;

    public IndicatorTags(Indicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public String kindKey() {
        return "monitoring.kind.indicators";
    }

    @Override
    public List<TaggedItem> publicItemsTaggedWith(long articleId) {
        return indicators.taggedWith(articleId).stream()
                .map(Indicator::view)
                .map(i -> new TaggedItem(kindKey(), i.name(), i.path()))
                .toList();
    }
}
