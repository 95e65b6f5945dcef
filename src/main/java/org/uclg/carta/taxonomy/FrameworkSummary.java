package org.uclg.carta.taxonomy;

import java.time.LocalDate;

import org.uclg.carta.kit.i18n.TranslatableText;

public record FrameworkSummary(
        String code,
        String kind,
        TranslatableText title,
        LocalDate adopted,
        String adoptedBy,
        String note,
        long articleCount) {

    public String path() {
        return "/frameworks/" + code;
    }
}
