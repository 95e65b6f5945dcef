package org.uclg.carta.events.debate;

import java.time.LocalDate;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A debate as its form edits it; the event it belongs to, if any. */
public record DebateData(
        Long eventId,
        TranslatableText question,
        TranslatableText background,
        LocalDate opensOn,
        LocalDate closesOn,
        Set<Long> articleIds) {}
