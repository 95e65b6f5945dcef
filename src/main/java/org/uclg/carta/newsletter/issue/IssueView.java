package org.uclg.carta.newsletter.issue;

import java.time.Instant;

/** An issue and where it stands: draft, scheduled, sending or sent. */
public record IssueView(
        long id,
        IssueData data,
        String state,
        Instant scheduledAt,
        Instant startedAt,
        Instant sentAt,
        String createdBy,
        Instant createdAt,
        long version) {

    public String path() {
        return "/newsletter/issues/" + id;
    }

    public boolean sent() {
        return "sent".equals(state);
    }

    /** A draft or a scheduled issue can still change; one being sent cannot. */
    public boolean editable() {
        return "draft".equals(state) || "scheduled".equals(state);
    }
}
