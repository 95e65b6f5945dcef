package org.uclg.carta.events.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.kit.i18n.TranslatableText;

/** jsonb columns of registrations: a question's choices and a registrant's answers. */
final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectReader CHOICES =
            JSON.readerFor(new TypeReference<List<LinkedHashMap<String, String>>>() {});
    private static final ObjectReader ANSWERS =
            JSON.readerFor(new TypeReference<LinkedHashMap<String, List<String>>>() {});

    private JsonColumns() {}

    static class Choices implements AttributeConverter<List<TranslatableText>, String> {
        @Override
        public String convertToDatabaseColumn(List<TranslatableText> choices) {
            return JSON.writeValueAsString(
                    choices == null
                            ? List.of()
                            : choices.stream().map(TranslatableText::values).toList());
        }

        @Override
        public List<TranslatableText> convertToEntityAttribute(String json) {
            List<TranslatableText> out = new ArrayList<>();
            if (json != null && !json.isBlank()) {
                List<Map<String, String>> raw = CHOICES.readValue(json);
                raw.forEach(m -> out.add(TranslatableText.of(m)));
            }
            return List.copyOf(out);
        }
    }

    /** Answers by question id: one value, or several for a question of several choices. */
    static class Answers implements AttributeConverter<Map<String, List<String>>, String> {
        @Override
        public String convertToDatabaseColumn(Map<String, List<String>> answers) {
            return JSON.writeValueAsString(answers == null ? Map.of() : answers);
        }

        @Override
        public Map<String, List<String>> convertToEntityAttribute(String json) {
            if (json == null || json.isBlank()) {
                return Map.of();
            }
            Map<String, List<String>> raw = ANSWERS.readValue(json);
            return java.util.Collections.unmodifiableMap(raw);
        }
    }
}
