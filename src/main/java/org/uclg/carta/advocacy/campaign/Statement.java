package org.uclg.carta.advocacy.campaign;

import java.time.Instant;

import org.uclg.carta.kit.i18n.TranslatableText;

/** One version of a campaign's statement, with what changed from the one before. */
public record Statement(int number, TranslatableText text, TranslatableText changeNote, Instant createdAt) {}
