package org.uclg.carta.kit.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors of a submitted form: field name to message key, shown next to each field, and what was
 * typed into a field that could not hold it (a date or a number), so the form shows it back.
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> typed = new LinkedHashMap<>();

    /**
     * The errors Spring's binding and Bean Validation found. A constraint's message is the
     * bundle key; a value of the wrong type gets the key for its type.
     */
    public static FieldErrors of(org.springframework.validation.BindingResult result) {
        FieldErrors errors = new FieldErrors();
        for (org.springframework.validation.FieldError e : result.getFieldErrors()) {
            if (e.isBindingFailure()) {
                errors.reject(e.getField(), mismatchKey(result.getFieldType(e.getField())));
                errors.typed.put(e.getField(), String.valueOf(e.getRejectedValue()));
            } else {
                errors.reject(e.getField(), e.getDefaultMessage());
            }
        }
        return errors;
    }

    private static String mismatchKey(Class<?> type) {
        if (type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "validation.date";
        }
        return type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())
                ? "validation.number"
                : "validation.invalid";
    }

    /** What the person typed into the field when it could not be read, else the form's value. */
    public String typed(String field, Object value) {
        return typed.containsKey(field) ? typed.get(field) : value == null ? "" : value.toString();
    }

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
