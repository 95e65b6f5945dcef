package org.uclg.carta.kit.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The same Bean Validation constraints, for forms filled by something other than a web form
 * (a CSV row, a JSON body): the errors come back by field, as a web form gets them.
 */
@Component
public class FormValidator {

    private final Validator validator;

    FormValidator(Validator validator) {
        this.validator = validator;
    }

    public FieldErrors check(Object form) {
        FieldErrors errors = new FieldErrors();
        validator.validate(form).stream()
                .sorted(java.util.Comparator.comparing(
                        (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.reject(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }
}
