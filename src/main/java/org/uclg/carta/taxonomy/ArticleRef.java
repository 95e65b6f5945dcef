package org.uclg.carta.taxonomy;

import org.uclg.carta.kit.i18n.TranslatableText;

/** An article as other modules see it. */
public record ArticleRef(
        long id,
        String frameworkCode,
        String partNumber,
        String number,
        TranslatableText label,
        boolean verified,
        boolean official,
        Integer year) {

    /** The article's public page, after the language prefix. */
    public String path() {
        return "/frameworks/" + frameworkCode + "/articles/" + number;
    }

    static ArticleRef of(Article a, String frameworkCode) {
        return new ArticleRef(
                a.id(), frameworkCode, a.partNumber(), a.number(), a.label(), a.verified(), a.official(), a.year());
    }
}
