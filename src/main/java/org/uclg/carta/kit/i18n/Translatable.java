package org.uclg.carta.kit.i18n;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A translatable form field: at most {@code max} characters in each language and, when
 * required, filled in at least one of the configured languages.
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TranslatableValidator.class)
public @interface Translatable {

    boolean required() default true;

    int max();

    String message() default "validation.translatable.required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
