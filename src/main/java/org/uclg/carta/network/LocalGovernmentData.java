package org.uclg.carta.network;

import java.time.LocalDate;

import org.uclg.carta.kit.i18n.TranslatableText;

/** The validated facts of a local government, however they arrived (form, CSV row, API). */
record LocalGovernmentData(
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
        MembershipStatus status) {}
