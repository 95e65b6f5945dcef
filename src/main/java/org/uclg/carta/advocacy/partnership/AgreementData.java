package org.uclg.carta.advocacy.partnership;

import java.time.LocalDate;

import org.uclg.carta.kit.i18n.TranslatableText;

/** An agreement's public fields, as the form and the demo content give them. */
public record AgreementData(
        AgreementKind kind,
        TranslatableText title,
        TranslatableText scope,
        LocalDate signedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        String reference) {}
