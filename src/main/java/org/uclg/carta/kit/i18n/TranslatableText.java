package org.uclg.carta.kit.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text with one value per language ("fr", "en", "es", ...). Immutable; blank values are dropped.
 * Stored as a jsonb object so PostgreSQL can sort and filter per language.
 */
@org.hibernate.annotations.Immutable
public final class TranslatableText {

    /**
     * Order in which a missing translation falls back to another language: the configured
     * languages, the default one first (set once at start by {@code kit.web.Languages}, since a
     * value object read by templates has no access to configuration).
     */
    private static volatile List<String> fallbackOrder = List.of();

    private final Map<String, String> values;

    private TranslatableText(Map<String, String> values) {
        this.values = values;
    }

    public static TranslatableText of(Map<String, String> values) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((lang, text) -> {
                if (lang != null && text != null && !text.isBlank()) {
                    clean.put(lang, text.strip());
                }
            });
        }
        return new TranslatableText(Collections.unmodifiableMap(clean));
    }

    /** Sets the fallback order; see {@link #fallbackOrder}. */
    public static void useFallbackOrder(List<String> languages) {
        fallbackOrder = List.copyOf(languages);
    }

    /** A text in the three founding languages (demo content, tests, the taxonomy file). */
    public static TranslatableText of(String fr, String en, String es) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("fr", fr);
        map.put("en", en);
        map.put("es", es);
        return of(map);
    }

    public static TranslatableText empty() {
        return of(Map.of());
    }

    public Map<String, String> values() {
        return values;
    }

    public String get(String lang) {
        return values.getOrDefault(lang, "");
    }

    public boolean has(String lang) {
        return values.containsKey(lang);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text in the reader's language, else a fallback that says which language it is in. */
    public Localized in(String lang) {
        String text = values.get(lang);
        if (text != null) {
            return new Localized(text, lang, false);
        }
        for (String other : fallbackOrder) {
            if (values.containsKey(other)) {
                return new Localized(values.get(other), other, true);
            }
        }
        return values.entrySet().stream()
                .findFirst()
                .map(e -> new Localized(e.getValue(), e.getKey(), true))
                .orElse(new Localized("", lang, false));
    }

    public TranslatableText with(String lang, String text) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(lang, text);
        return of(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TranslatableText other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /**
     * One language's value as shown to a reader.
     *
     * @param fallback true when the reader's language was missing and {@code lang} is another one
     */
    public record Localized(String text, String lang, boolean fallback) {
        @Override
        public String toString() {
            return text;
        }
    }
}
