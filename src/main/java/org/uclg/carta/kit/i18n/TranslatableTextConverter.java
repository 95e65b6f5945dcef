package org.uclg.carta.kit.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Maps {@link TranslatableText} to a jsonb column (the column needs {@code @ColumnTransformer(write = "?::jsonb")}). */
@Converter(autoApply = true)
public class TranslatableTextConverter implements AttributeConverter<TranslatableText, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Resolved once: resolving the type on every read took a twelfth of the export's reading thread. */
    private static final ObjectReader MAP = JSON.readerFor(new TypeReference<LinkedHashMap<String, String>>() {});

    @Override
    public String convertToDatabaseColumn(TranslatableText text) {
        return JSON.writeValueAsString(text == null ? Map.of() : text.values());
    }

    @Override
    public TranslatableText convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return TranslatableText.empty();
        }
        return TranslatableText.of(MAP.readValue(json));
    }
}
