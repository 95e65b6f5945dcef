package org.uclg.carta.newsletter.issue;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * An issue as its editor writes it.
 *
 * @param body Markdown, per language
 * @param latestResources how many of the latest resources the issue lists when sent (0 for none)
 * @param upcomingEvents how many upcoming events it lists when sent
 */
public record IssueData(TranslatableText subject, TranslatableText body, int latestResources, int upcomingEvents) {}
