package org.uclg.carta.network;

import java.time.LocalDate;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A local government as pages, the API and other modules see it. */
public record LocalGovernmentView(
        long id,
        TranslatableText name,
        TranslatableText description,
        LocalGovernmentType type,
        String country,
        String region,
        Long population,
        Double latitude,
        Double longitude,
        String website,
        LocalDate memberSince,
        MembershipStatus status,
        long version) {

    public String path() {
        return "/network/local-governments/" + id;
    }

    static LocalGovernmentView of(LocalGovernment lg) {
        LocalGovernmentData d = lg.data();
        return new LocalGovernmentView(
                lg.id(),
                d.name(),
                d.description(),
                d.type(),
                d.country(),
                d.region(),
                d.population(),
                d.latitude(),
                d.longitude(),
                d.website(),
                d.memberSince(),
                d.status(),
                lg.version());
    }
}
