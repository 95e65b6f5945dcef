package org.uclg.carta.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

@Entity
@Table(name = "framework_part")
class FrameworkPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long frameworkId;
    private String number;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

    private int position;

    protected FrameworkPart() {}

    FrameworkPart(Long frameworkId, String number) {
        this.frameworkId = frameworkId;
        this.number = number;
    }

    void importFacts(TranslatableText title, int position) {
        this.title = title;
        this.position = position;
    }

    String number() {
        return number;
    }

    TranslatableText title() {
        return title;
    }
}
