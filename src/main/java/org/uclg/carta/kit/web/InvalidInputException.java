package org.uclg.carta.kit.web;

import java.util.Map;

/** Field errors of an API request body: field name to message key. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInputException(Map<String, String> errors) {
        super("Invalid input " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
