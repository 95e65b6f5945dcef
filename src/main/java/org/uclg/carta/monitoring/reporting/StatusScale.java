package org.uclg.carta.monitoring.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * The statuses a report may give each article, configurable per cycle. Codes stay fixed once
 * reports use them; labels are translatable.
 */
public record StatusScale(List<Level> levels) {

    /** A status whose narrative may stay empty: nothing to tell about an article that does not apply. */
    public static final String NOT_APPLICABLE = "not_applicable";

    public static final List<String> STANDARD =
            List.of("not_started", "planned", "in_progress", "achieved", NOT_APPLICABLE);

    public record Level(String code, TranslatableText label) {}

    public StatusScale {
        levels = List.copyOf(levels);
    }

    /** Not started, planned, in progress, achieved, not applicable: labels from the message bundles. */
    public static StatusScale standard(MessageSource messages, List<String> languages) {
        List<Level> levels = new ArrayList<>();
        for (String code : STANDARD) {
            Map<String, String> label = new LinkedHashMap<>();
            for (String lang : languages) {
                label.put(lang, messages.getMessage("monitoring.status." + code, null, Locale.forLanguageTag(lang)));
            }
            levels.add(new Level(code, TranslatableText.of(label)));
        }
        return new StatusScale(levels);
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public boolean has(String code) {
        return level(code).isPresent();
    }

    public List<String> codes() {
        return levels.stream().map(Level::code).toList();
    }
}
