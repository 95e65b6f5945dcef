package org.uclg.carta.kit.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A class-level constraint for rules that read several fields (an end after a start, a currency
 * with an amount): the form says them in {@link Checked#check}, each rejection lands on its field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossFieldRules.Validator.class)
public @interface CrossFieldRules {

    String message() default "validation.invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A form with rules across fields. */
    interface Checked {
        void check(Rejections rejections);
    }

    /** Where a rule puts its error: the field, and the message key. */
    interface Rejections {
        void reject(String field, String messageKey);
    }

    class Validator implements ConstraintValidator<CrossFieldRules, Checked> {

        @Override
        public boolean isValid(Checked form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            boolean[] valid = {true};
            context.disableDefaultConstraintViolation();
            form.check((field, key) -> {
                valid[0] = false;
                context.buildConstraintViolationWithTemplate(key)
                        .addPropertyNode(field)
                        .addConstraintViolation();
            });
            return valid[0];
        }
    }
}
