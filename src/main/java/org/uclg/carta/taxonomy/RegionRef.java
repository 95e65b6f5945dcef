package org.uclg.carta.taxonomy;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A UCLG regional section. */
public record RegionRef(String code, TranslatableText name) {}
