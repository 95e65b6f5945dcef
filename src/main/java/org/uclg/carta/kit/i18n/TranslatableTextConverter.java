package org.uclg.carta.kit.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps {@link TranslatableText} to a jsonb column (the column needs {@code @ColumnTransformer(write = "?::jsonb")}). */
@Converter(autoApply = true)
public class TranslatableTextConverter implements AttributeConverter<TranslatableText, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(TranslatableText text) {
        return JSON.writeValueAsString(text == null ? Map.of() : text.values());
    }

    @Override
    public TranslatableText convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return TranslatableText.empty();
        }
        return TranslatableText.of(JSON.readValue(json, MAP));
    }
}
