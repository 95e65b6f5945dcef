package org.uclg.carta.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A page editors keep up to date (about, privacy): title and Markdown body in every language. */
@Entity
@Table(name = "site_page")
class SitePage {

    @Id
    private String slug;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText body = TranslatableText.empty();

    @Version
    private long version;

    protected SitePage() {}

    String slug() {
        return slug;
    }

    TranslatableText title() {
        return title;
    }

    TranslatableText body() {
        return body;
    }

    long version() {
        return version;
    }

    void edit(TranslatableText title, TranslatableText body) {
        this.title = title;
        this.body = body;
    }
}
