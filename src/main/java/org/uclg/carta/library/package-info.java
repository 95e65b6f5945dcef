/**
 * The Resource Space: public policies, case studies, publications, guides, declarations, UN
 * documents, media and links shared by the network, with the publication workflow, tags from the
 * rights taxonomy and links to the local governments concerned.
 */
package org.uclg.carta.library;
