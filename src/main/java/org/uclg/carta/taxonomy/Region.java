package org.uclg.carta.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

@Entity
@Table(name = "region")
class Region {

    @Id
    private String code;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText name = TranslatableText.empty();

    private int position;

    protected Region() {}

    Region(String code) {
        this.code = code;
    }

    void importFacts(TranslatableText name, int position) {
        this.name = name;
        this.position = position;
    }

    String code() {
        return code;
    }

    TranslatableText name() {
        return name;
    }
}
