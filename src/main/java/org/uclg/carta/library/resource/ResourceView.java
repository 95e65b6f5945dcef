package org.uclg.carta.library.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.uclg.carta.kit.content.PublicationState;
import org.uclg.carta.kit.i18n.TranslatableText;

/** A resource as pages, the API and other modules see it. */
public record ResourceView(
        long id,
        String externalId,
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
        Set<Long> articleIds,
        List<String> themes,
        Long ownerLocalGovernmentId,
        PublicationState state,
        String returnReason,
        String createdBy,
        Instant updatedAt,
        long version) {

    public String path() {
        return "/resources/" + id;
    }

    public boolean published() {
        return state == PublicationState.PUBLISHED;
    }

    public static ResourceView of(Resource r) {
        ResourceData d = r.data();
        return new ResourceView(
                r.id(),
                r.externalId(),
                d.type(),
                d.title(),
                d.summary(),
                d.body(),
                d.sections(),
                d.originalLanguages(),
                d.issuedOn(),
                d.authors(),
                d.licence(),
                d.externalUrl(),
                d.region(),
                d.country(),
                d.localGovernmentIds(),
                r.articleIds(),
                d.themes().stream().sorted().toList(),
                r.ownerLocalGovernmentId(),
                r.publication().state(),
                r.publication().returnReason(),
                r.createdBy(),
                r.updatedAt(),
                r.version());
    }
}
