package org.uclg.carta.taxonomy;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A resolution or report of the Human Rights Council's track on local government and human rights. */
@Entity
@Table(name = "hrc_document")
class HrcDocument {

    @Id
    private String symbol;

    private LocalDate issued;
    private String datePrecision;
    private String kind;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

    private boolean editedByEditor;
    private int position;

    protected HrcDocument() {}

    HrcDocument(String symbol) {
        this.symbol = symbol;
    }

    void importFacts(LocalDate issued, String datePrecision, String kind, TranslatableText title, int position) {
        this.issued = issued;
        this.datePrecision = datePrecision;
        this.kind = kind;
        this.position = position;
        if (!editedByEditor) {
            this.title = title;
        }
    }

    HrcDocumentRef ref() {
        return new HrcDocumentRef(symbol, issued, "month".equals(datePrecision), kind, title);
    }
}
