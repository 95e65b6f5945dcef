package org.uclg.carta.kit.i18n;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.uclg.carta.kit.web.Languages;

/** Checks a {@link Translatable} field against the configured languages (Spring builds it). */
class TranslatableValidator implements ConstraintValidator<Translatable, TranslatableInput> {

    private final Languages languages;
    private boolean required;
    private int max;

    TranslatableValidator(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void initialize(Translatable annotation) {
        required = annotation.required();
        max = annotation.max();
    }

    @Override
    public boolean isValid(TranslatableInput input, ConstraintValidatorContext context) {
        if (input == null) {
            return !required;
        }
        // A forged field such as title.values[xx] is not a language: dropped before anything reads it.
        input.getValues().keySet().retainAll(languages.codes());
        if (input.tooLong(max)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("validation.tooLong").addConstraintViolation();
            return false;
        }
        return !required || !input.isBlankIn(languages.codes());
    }
}
