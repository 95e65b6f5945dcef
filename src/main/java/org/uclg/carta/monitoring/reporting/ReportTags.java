package org.uclg.carta.monitoring.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.monitoring.dashboard.Dashboards;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;

/** On each article's page: the local governments whose published reports speak of it, with their latest status. */
@Component
@Transactional(readOnly = true)
public class ReportTags implements TaggedItemSource {

    private final Dashboards dashboards;
    private final CycleService cycles;
    private final Directory directory;
    private final CartaProperties props;

    public ReportTags(Dashboards dashboards, CycleService cycles, Directory directory, CartaProperties props) {
        this.dashboards = dashboards;
        this.cycles = cycles;
        this.directory = directory;
        this.props = props;
    }

    @Override
    public String kindKey() {
        return "monitoring.article.progress";
    }

    @Override
    public List<TaggedItem> publicItemsTaggedWith(long articleId) {
        List<Dashboards.Progress> progress = dashboards.progressOn(articleId);
        if (progress.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalGovernmentView> lgs =
                directory
                        .findAll(progress.stream()
                                .map(Dashboards.Progress::localGovernmentId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(LocalGovernmentView::id, Function.identity()));
        Map<Long, CycleView> byId =
                cycles.newestFirst().stream().collect(Collectors.toMap(CycleView::id, Function.identity()));
        return progress.stream()
                .filter(p -> lgs.containsKey(p.localGovernmentId()))
                .map(p -> {
                    CycleView c = byId.get(p.cycleId());
                    Map<String, String> title = new LinkedHashMap<>();
                    for (String lang : props.languages()) {
                        String status = c.scale()
                                .level(p.status())
                                .map(l -> l.label().in(lang).text())
                                .orElse(p.status());
                        title.put(
                                lang,
                                lgs.get(p.localGovernmentId()).name().in(lang).text() + " – " + status + " ("
                                        + c.title().in(lang).text() + ")");
                    }
                    return new TaggedItem(kindKey(), TranslatableText.of(title), "/monitoring/reports/" + p.reportId());
                })
                .toList();
    }
}
