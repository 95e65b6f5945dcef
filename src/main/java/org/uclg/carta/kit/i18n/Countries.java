package org.uclg.carta.kit.i18n;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166 country codes with their names in the reader's language, from the JDK's locale data. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, String lang) {
        if (!isValid(code)) {
            return code == null ? "" : code;
        }
        return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang));
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
        return sortedByName(Arrays.asList(Locale.getISOCountries()), lang);
    }
}
