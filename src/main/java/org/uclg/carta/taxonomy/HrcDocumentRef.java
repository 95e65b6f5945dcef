package org.uclg.carta.taxonomy;

import java.time.LocalDate;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * A document of the Human Rights Council's local government track.
 *
 * @param monthOnly true when only the month of issue is known
 * @param kind      resolution, report or advisory-committee
 */
public record HrcDocumentRef(String symbol, LocalDate issued, boolean monthOnly, String kind, TranslatableText title) {

    /** The issue date as precise as it is known: 2014-09 or 2014-09-25. */
    public String issuedText() {
        return monthOnly ? issued.toString().substring(0, 7) : issued.toString();
    }
}
