package org.uclg.carta.kit.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Errors of a submitted form: field name to message key, shown next to each field. */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String get(String field) {
        return errors.get(field);
    }

    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }
}
