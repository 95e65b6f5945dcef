package org.uclg.carta.events.registration;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A question an event's registration form asks, beside the built-in ones. */
@Entity
@Table(name = "registration_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionType type;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText label;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    @Convert(converter = JsonColumns.Choices.class)
    private List<TranslatableText> choices = List.of();

    private boolean required;

    protected Question() {}

    Question(
            long eventId,
            int position,
            QuestionType type,
            TranslatableText label,
            List<TranslatableText> choices,
            boolean required) {
        this.eventId = eventId;
        this.position = position;
        this.type = type;
        this.label = label;
        this.choices = List.copyOf(choices);
        this.required = required;
    }

    public QuestionView view() {
        return new QuestionView(id, eventId, position, type, label, choices, required);
    }

    long eventId() {
        return eventId;
    }
}
