package org.uclg.carta.events.forum;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A speaker or moderator, with a short biography in each language. */
@Entity
@Table(name = "speaker")
public class Speaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String affiliation;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText biography = TranslatableText.empty();

    private Instant updatedAt;

    protected Speaker() {}

    Speaker(String name, String affiliation, TranslatableText biography, Instant now) {
        apply(name, affiliation, biography, now);
    }

    void apply(String name, String affiliation, TranslatableText biography, Instant now) {
        this.name = name;
        this.affiliation = affiliation;
        this.biography = biography;
        this.updatedAt = now;
    }

    public SpeakerView view() {
        return new SpeakerView(id, name, affiliation, biography);
    }
}
