package org.uclg.carta.library.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.kit.i18n.TranslatableText;

/** The structured sections of a case study, each translatable; stored as one jsonb object. */
@org.hibernate.annotations.Immutable
public final class CaseStudySections implements org.uclg.carta.kit.search.TranslatableTextBinder.Texts {

    public static final List<String> KEYS = List.of(
            "context", "objectives", "actions", "results", "lessons", "budget", "partners", "period", "contact");

    private final Map<String, TranslatableText> sections;

    private CaseStudySections(Map<String, TranslatableText> sections) {
        this.sections = sections;
    }

    public static CaseStudySections of(Map<String, TranslatableText> values) {
        Map<String, TranslatableText> clean = new LinkedHashMap<>();
        for (String key : KEYS) {
            TranslatableText t = values.get(key);
            if (t != null && !t.isEmpty()) {
                clean.put(key, t);
            }
        }
        return new CaseStudySections(clean);
    }

    public static CaseStudySections empty() {
        return new CaseStudySections(Map.of());
    }

    public TranslatableText get(String key) {
        return sections.getOrDefault(key, TranslatableText.empty());
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    public Map<String, TranslatableText> asMap() {
        return sections;
    }

    @Override
    public Iterable<TranslatableText> texts() {
        return sections.values();
    }

    // Hibernate compares a loaded value with its copy to know whether to write it back: without
    // equals, every resource read in a transaction was rewritten and indexed again.
    @Override
    public boolean equals(Object o) {
        return o instanceof CaseStudySections other && sections.equals(other.sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }

    @Converter(autoApply = true)
    public static class JsonConverter implements AttributeConverter<CaseStudySections, String> {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        private static final TypeReference<LinkedHashMap<String, LinkedHashMap<String, String>>> TYPE =
                new TypeReference<>() {};

        @Override
        public String convertToDatabaseColumn(CaseStudySections value) {
            Map<String, Map<String, String>> raw = new LinkedHashMap<>();
            if (value != null) {
                value.sections.forEach((k, v) -> raw.put(k, v.values()));
            }
            return JSON.writeValueAsString(raw);
        }

        @Override
        public CaseStudySections convertToEntityAttribute(String json) {
            if (json == null || json.isBlank()) {
                return empty();
            }
            Map<String, TranslatableText> map = new LinkedHashMap<>();
            JSON.readValue(json, TYPE).forEach((k, v) -> map.put(k, TranslatableText.of(v)));
            return of(map);
        }
    }
}
