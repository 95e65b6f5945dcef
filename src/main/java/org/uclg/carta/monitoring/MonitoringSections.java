package org.uclg.carta.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.SitemapSource;
import org.uclg.carta.network.LocalGovernmentSection;
import org.uclg.carta.taxonomy.FrameworkSummary;

/** The adherences on each local government's page, and the monitoring pages in the sitemap. */
@Component
class MonitoringSections implements LocalGovernmentSection, SitemapSource {

    private final Monitoring monitoring;

    MonitoringSections(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public String titleKey() {
        return "monitoring.section";
    }

    /** "Global Charter-Agenda — since 2019-05-02" (withdrawn ones say so), linking to the adherents. */
    @Override
    public List<Item> publicItems(long localGovernmentId) {
        Map<String, FrameworkSummary> frameworks = new LinkedHashMap<>();
        monitoring.adherable().forEach(f -> frameworks.put(f.code(), f));
        return monitoring.ofLocalGovernment(localGovernmentId).stream()
                .filter(a -> frameworks.containsKey(a.frameworkCode()))
                .map(a -> {
                    TranslatableText title = frameworks.get(a.frameworkCode()).title();
                    Map<String, String> text = new LinkedHashMap<>();
                    title.values().forEach((lang, t) -> text.put(lang, t + " (" + a.adheredOn()
                            + (a.current() ? "" : " – " + a.withdrawnOn()) + ")"));
                    return new Item(TranslatableText.of(text), "/monitoring/frameworks/" + a.frameworkCode()
                            + "#adherence-" + a.id());
                }).toList();
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new java.util.ArrayList<>(List.of("/monitoring"));
        monitoring.adherable().forEach(f -> paths.add("/monitoring/frameworks/" + f.code()));
        return paths;
    }
}
