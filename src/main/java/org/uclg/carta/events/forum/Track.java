package org.uclg.carta.events.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A thematic track of a Forum edition. */
@Entity
@Table(name = "forum_track")
public class Track {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText name;

    private int position;

    protected Track() {}

    Track(long eventId, TranslatableText name, int position) {
        this.eventId = eventId;
        this.name = name;
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public TranslatableText name() {
        return name;
    }

    void rename(TranslatableText name, int position) {
        this.name = name;
        this.position = position;
    }
}
