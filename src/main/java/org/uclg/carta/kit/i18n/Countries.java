package org.uclg.carta.kit.i18n;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** ISO 3166 country codes with their names in the reader's language, from the JDK's locale data. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /** Names and sorted lists by language: the JDK's lookups cost thousands of calls per country select. */
    private static final Map<String, Map<String, String>> NAMES = new ConcurrentHashMap<>();

    private static final Map<String, List<String>> ALL = new ConcurrentHashMap<>();

    /** A bound on the caches, whatever language tags callers pass. */
    private static final int MAX_LANGUAGES = 16;

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, String lang) {
        if (!isValid(code)) {
            return code == null ? "" : code;
        }
        Map<String, String> names = NAMES.size() < MAX_LANGUAGES || NAMES.containsKey(lang)
                ? NAMES.computeIfAbsent(lang, l -> new ConcurrentHashMap<>())
                : new java.util.HashMap<>();
        return names.computeIfAbsent(code, c -> new Locale("", c).getDisplayCountry(Locale.forLanguageTag(lang)));
    }

    /** The codes sorted by their name in the given language. */
    public static List<String> sortedByName(Collection<String> codes, String lang) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        return codes.stream()
                .filter(Countries::isValid)
                .sorted(Comparator.comparing((String c) -> name(c, lang), collator))
                .toList();
    }

    public static List<String> all(String lang) {
        if (ALL.size() >= MAX_LANGUAGES && !ALL.containsKey(lang)) {
            return sortedByName(Arrays.asList(Locale.getISOCountries()), lang);
        }
        return ALL.computeIfAbsent(lang, l -> sortedByName(Arrays.asList(Locale.getISOCountries()), l));
    }
}
