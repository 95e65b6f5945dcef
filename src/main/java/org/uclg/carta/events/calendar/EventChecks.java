package org.uclg.carta.events.calendar;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/** What only the platform can check of an event form (known articles, organisers, regions), for pages and the API. */
@Component
public class EventChecks {

    private final Taxonomy taxonomy;
    private final Parties parties;

    EventChecks(Taxonomy taxonomy, Parties parties) {
        this.taxonomy = taxonomy;
        this.parties = parties;
    }

    /** Field to message key; empty when all is known. */
    public Map<String, String> check(EventForm form, java.util.Set<String> alreadyRejected) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!taxonomy.articles(form.getArticleIds()).stream()
                .map(ArticleRef::id)
                .toList()
                .containsAll(form.getArticleIds())) {
            errors.put("articleIds", "events.error.article");
        }
        if (!alreadyRejected.contains("organisers") && !parties.allKnown(form.organiserList())) {
            errors.put("organisers", "validation.choice");
        }
        String country = form.getCountry().strip().toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !alreadyRejected.contains("country") && !Countries.isValid(country)) {
            errors.put("country", "events.error.country");
        }
        if (!form.getRegion().isBlank() && taxonomy.region(form.getRegion()).isEmpty()) {
            errors.put("region", "validation.choice");
        }
        return errors;
    }
}
