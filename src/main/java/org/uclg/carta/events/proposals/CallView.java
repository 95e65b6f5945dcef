package org.uclg.carta.events.proposals;

import java.time.LocalDate;
import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;

/** An edition's call for proposals: its dates, the formats it asks for and its guidance. */
public record CallView(
        long eventId, LocalDate opensOn, LocalDate closesOn, List<String> formats, TranslatableText guidance) {

    public boolean open(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }
}
