package org.uclg.carta.taxonomy;

/** Published when an editor corrects an article's label, so that what shows or indexes it can follow. */
public record ArticleLabelCorrected(long articleId) {}
