package org.uclg.carta.accounts;

import java.time.Instant;

/** An email kept in the platform because no SMTP server is configured. */
public record MailView(long id, String recipient, String subject, String body, Instant sentAt) {

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://\\S+");

    /** The links in the body, so an admin can open them in a demo without a mail client. */
    public java.util.List<String> links() {
        return URL.matcher(body)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
    }

    static MailView of(CapturedMail m) {
        return new MailView(m.id(), m.recipient(), m.subject(), m.body(), m.sentAt());
    }
}
