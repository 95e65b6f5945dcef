package org.uclg.carta.network;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

@Entity
@Table(name = "local_government")
class LocalGovernment {

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
    private LocalGovernmentType type;

    private String country;
    private String regionCode;
    private Long population;
    private Double latitude;
    private Double longitude;
    private String website;
    private LocalDate memberSince;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    @Version
    private long version;

    protected LocalGovernment() {}

    LocalGovernment(String externalId) {
        this.externalId = externalId;
    }

    void apply(LocalGovernmentData d) {
        this.name = d.name();
        this.description = d.description();
        this.type = d.type();
        this.country = d.country();
        this.regionCode = d.region();
        this.population = d.population();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.website = d.website();
        this.memberSince = d.memberSince();
        this.status = d.status();
    }

    LocalGovernmentData data() {
        return new LocalGovernmentData(
                name,
                description,
                type,
                country,
                regionCode,
                population,
                latitude,
                longitude,
                website,
                memberSince,
                status);
    }

    Long id() {
        return id;
    }

    String externalId() {
        return externalId;
    }

    long version() {
        return version;
    }

    TranslatableText name() {
        return name;
    }

    MembershipStatus status() {
        return status;
    }
}
