/**
 * The rights taxonomy that links everything: the charters' articles, the Gwangju principles,
 * the SDGs, the core UN treaties and the UCLG regions. Any item of any module can be tagged
 * with articles ({@link org.uclg.carta.taxonomy.Tags}); each article's page lists what is tagged
 * with it, asking every module through {@link org.uclg.carta.taxonomy.TaggedItemSource}.
 */
package org.uclg.carta.taxonomy;
