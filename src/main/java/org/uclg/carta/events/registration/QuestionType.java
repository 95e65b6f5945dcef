package org.uclg.carta.events.registration;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question a registration form may ask. */
public enum QuestionType {
    TEXT,
    CHOICE,
    CHOICES,
    YES_NO,
    COUNTRY;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "events.question.type." + code();
    }

    public boolean hasChoices() {
        return this == CHOICE || this == CHOICES;
    }

    public static Optional<QuestionType> ofCode(String code) {
        for (QuestionType t : values()) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
