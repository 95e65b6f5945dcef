package org.uclg.carta.library.resource;

import java.time.Instant;
import java.time.LocalDate;

import org.uclg.carta.kit.i18n.TranslatableText;

/** What a list of results shows of a resource: read in one query, without its text or its tags. */
public record ResourceCard(
        long id,
        ResourceType type,
        TranslatableText title,
        TranslatableText summary,
        LocalDate issuedOn,
        String region,
        String country,
        Instant updatedAt) {

    public String path() {
        return "/resources/" + id;
    }
}
