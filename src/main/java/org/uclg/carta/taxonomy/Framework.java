package org.uclg.carta.taxonomy;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

@Entity
@Table(name = "framework")
class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String kind;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

    private LocalDate adopted;
    private String adoptedBy;
    private String note;
    private int position;

    protected Framework() {}

    Framework(String code) {
        this.code = code;
    }

    void importFacts(
            String kind, TranslatableText title, LocalDate adopted, String adoptedBy, String note, int position) {
        this.kind = kind;
        this.title = title;
        this.adopted = adopted;
        this.adoptedBy = adoptedBy;
        this.note = note;
        this.position = position;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String kind() {
        return kind;
    }

    TranslatableText title() {
        return title;
    }

    LocalDate adopted() {
        return adopted;
    }

    String adoptedBy() {
        return adoptedBy;
    }

    String note() {
        return note;
    }
}
