package org.uclg.carta.events.registration;

import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A question as its form gives it. */
public record QuestionData(
        QuestionType type, TranslatableText label, List<TranslatableText> choices, boolean required) {}
