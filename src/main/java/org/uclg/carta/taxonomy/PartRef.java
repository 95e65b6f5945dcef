package org.uclg.carta.taxonomy;

import org.uclg.carta.kit.i18n.TranslatableText;

public record PartRef(String number, TranslatableText title) {}
