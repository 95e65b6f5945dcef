package org.uclg.carta.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.web.SitemapSource;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.network.LocalGovernmentSection;
import org.uclg.carta.taxonomy.FrameworkSummary;

/** The adherences on each local government's page, and the monitoring pages in the sitemap. */
@Component
class MonitoringSections implements LocalGovernmentSection, SitemapSource {

    private final AdherenceService monitoring;
    private final org.springframework.context.MessageSource messages;
    private final org.uclg.carta.kit.CartaProperties props;

    MonitoringSections(
            AdherenceService monitoring,
            org.springframework.context.MessageSource messages,
            org.uclg.carta.kit.CartaProperties props) {
        this.monitoring = monitoring;
        this.messages = messages;
        this.props = props;
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
        Map<String, String> link = new LinkedHashMap<>();
        props.languages()
                .forEach(lang -> link.put(
                        lang, messages.getMessage("monitoring.lg.link", null, java.util.Locale.forLanguageTag(lang))));
        List<Item> items = new java.util.ArrayList<>();
        items.add(new Item(TranslatableText.of(link), "/monitoring/local-governments/" + localGovernmentId));
        monitoring.ofLocalGovernment(localGovernmentId).stream()
                .filter(a -> frameworks.containsKey(a.frameworkCode()))
                .map(a -> {
                    TranslatableText title = frameworks.get(a.frameworkCode()).title();
                    Map<String, String> text = new LinkedHashMap<>();
                    title.values()
                            .forEach((lang, t) -> text.put(
                                    lang,
                                    t + " (" + a.adheredOn() + (a.current() ? "" : " – " + a.withdrawnOn()) + ")"));
                    return new Item(
                            TranslatableText.of(text),
                            "/monitoring/frameworks/" + a.frameworkCode() + "#adherence-" + a.id());
                })
                .forEach(items::add);
        return items;
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new java.util.ArrayList<>(List.of("/monitoring"));
        monitoring.adherable().forEach(f -> paths.add("/monitoring/frameworks/" + f.code()));
        return paths;
    }
}
