package org.uclg.carta.monitoring.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.kit.i18n.TranslatableText;

/** Keeps a cycle's status scale in a jsonb column as [{code, label: {fr, en, es}}]. */
@Converter
public class StatusScaleConverter implements AttributeConverter<StatusScale, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<LinkedHashMap<String, Object>>> LIST = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(StatusScale scale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StatusScale.Level l : scale.levels()) {
            rows.add(Map.of("code", l.code(), "label", l.label().values()));
        }
        return JSON.writeValueAsString(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public StatusScale convertToEntityAttribute(String json) {
        List<StatusScale.Level> levels = new ArrayList<>();
        for (Map<String, Object> row : JSON.readValue(json, LIST)) {
            levels.add(new StatusScale.Level(
                    (String) row.get("code"), TranslatableText.of((Map<String, String>) row.get("label"))));
        }
        return new StatusScale(levels);
    }
}
