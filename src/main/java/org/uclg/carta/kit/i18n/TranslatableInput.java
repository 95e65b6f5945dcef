package org.uclg.carta.kit.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translatable field of a form: one input per language, bound as {@code name[fr]},
 * {@code name[en]}, {@code name[es]}. Keeps exactly what the user typed.
 */
public class TranslatableInput {

    private Map<String, String> values = new LinkedHashMap<>();

    public static TranslatableInput from(TranslatableText text) {
        TranslatableInput input = new TranslatableInput();
        input.values.putAll(text.values());
        return input;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }

    public String get(String lang) {
        return values.getOrDefault(lang, "");
    }

    public TranslatableText toText() {
        return TranslatableText.of(values);
    }

    public boolean isBlankIn(List<String> languages) {
        return languages.stream().allMatch(l -> get(l).isBlank());
    }

    public boolean tooLong(int max) {
        return values.values().stream().anyMatch(v -> v != null && v.length() > max);
    }
}
