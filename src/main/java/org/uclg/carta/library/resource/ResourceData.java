package org.uclg.carta.library.resource;

import java.time.LocalDate;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** The validated content of a resource, however it arrived (form, API, demo). */
public record ResourceData(
        ResourceType type,
        TranslatableText title,
        TranslatableText summary,
        TranslatableText body,
        CaseStudySections sections,
        Set<String> originalLanguages,
        LocalDate issuedOn,
        String authors,
        String licence,
        String externalUrl,
        String region,
        String country,
        Set<Long> localGovernmentIds,
        Set<String> themes) {}
