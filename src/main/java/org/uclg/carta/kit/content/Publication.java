package org.uclg.carta.kit.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The publication workflow shared by every content type: draft → submitted → published, or
 * returned to its author with a reason; each step records who and when.
 */
@Embeddable
public class Publication {

    @Enumerated(EnumType.STRING)
    @Column(name = "pub_state", nullable = false)
    private PublicationState state = PublicationState.DRAFT;

    @Column(name = "pub_submitted_by")
    private String submittedBy;

    @Column(name = "pub_submitted_at")
    private Instant submittedAt;

    @Column(name = "pub_reviewed_by")
    private String reviewedBy;

    @Column(name = "pub_reviewed_at")
    private Instant reviewedAt;

    @Column(name = "pub_return_reason")
    private String returnReason;

    public void submit(String who, Instant when) {
        require(state == PublicationState.DRAFT || state == PublicationState.RETURNED);
        state = PublicationState.SUBMITTED;
        submittedBy = who;
        submittedAt = when;
        returnReason = null;
    }

    public void publish(String who, Instant when) {
        require(state != PublicationState.PUBLISHED);
        state = PublicationState.PUBLISHED;
        reviewedBy = who;
        reviewedAt = when;
        returnReason = null;
    }

    public void returnToAuthor(String who, Instant when, String reason) {
        require(state == PublicationState.SUBMITTED);
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("workflow.reason.required");
        }
        state = PublicationState.RETURNED;
        reviewedBy = who;
        reviewedAt = when;
        returnReason = reason.strip();
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new WorkflowException("workflow.transition.invalid");
        }
    }

    public PublicationState state() {
        return state;
    }

    public boolean isPublished() {
        return state == PublicationState.PUBLISHED;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String returnReason() {
        return returnReason;
    }
}
