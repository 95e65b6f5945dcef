package org.uclg.carta.events.registration;

import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A registration question as the form and the exports show it; choices are answered by their index. */
public record QuestionView(
        long id,
        long eventId,
        int position,
        QuestionType type,
        TranslatableText label,
        List<TranslatableText> choices,
        boolean required) {

    public String field() {
        return "q" + id;
    }
}
