package org.uclg.carta.taxonomy;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * An item tagged with an article, as listed on the article's page.
 *
 * @param kindKey message key naming the kind of item ("network.kind.localGovernment")
 * @param path    the item's public page after the language prefix
 */
public record TaggedItem(String kindKey, TranslatableText title, String path) {}
