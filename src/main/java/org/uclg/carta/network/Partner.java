package org.uclg.carta.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

@Entity
@Table(name = "partner")
class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String externalId;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText name = TranslatableText.empty();

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText description = TranslatableText.empty();

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    private String country;
    private String website;

    protected Partner() {}

    Partner(
            String externalId,
            TranslatableText name,
            TranslatableText description,
            PartnerKind kind,
            String country,
            String website) {
        this.externalId = externalId;
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.country = country;
        this.website = website;
    }

    PartnerView view() {
        return new PartnerView(id, name, description, kind, country, website);
    }
}
