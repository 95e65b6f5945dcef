package org.uclg.carta.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** An article, principle, goal or instrument of a framework: the unit items are tagged with. */
@Entity
@Table(name = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long frameworkId;
    private String partNumber;
    private String number;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText label = TranslatableText.empty();

    private boolean verified;
    private boolean official;
    private boolean editedByEditor;
    private Integer year;
    private int position;

    protected Article() {}

    Article(Long frameworkId, String number) {
        this.frameworkId = frameworkId;
        this.number = number;
    }

    /** Facts from the reference file; a label an editor corrected is kept. */
    void importFacts(
            String partNumber, TranslatableText label, boolean verified, boolean official, Integer year, int position) {
        this.partNumber = partNumber;
        this.official = official;
        this.year = year;
        this.position = position;
        if (!editedByEditor) {
            this.label = label;
            this.verified = verified;
        }
    }

    void correct(TranslatableText label, boolean verified) {
        this.label = label;
        this.verified = verified;
        this.editedByEditor = true;
    }

    Long id() {
        return id;
    }

    Long frameworkId() {
        return frameworkId;
    }

    String partNumber() {
        return partNumber;
    }

    String number() {
        return number;
    }

    TranslatableText label() {
        return label;
    }

    boolean verified() {
        return verified;
    }

    boolean official() {
        return official;
    }

    int position() {
        return position;
    }

    Integer year() {
        return year;
    }
}
