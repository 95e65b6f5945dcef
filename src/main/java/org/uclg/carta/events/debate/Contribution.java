package org.uclg.carta.events.debate;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A position in a debate, or a reply to one; hidden by moderation with a reason, its place kept. */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long debateId;
    private Long parentId;
    private String author;
    private String authorName;
    private Long localGovernmentId;
    private String language;
    private String body;
    private Instant createdAt;
    private Instant editedAt;
    private String hiddenReason;
    private String hiddenBy;
    private Instant hiddenAt;

    @Version
    private long version;

    protected Contribution() {}

    Contribution(
            long debateId,
            Long parentId,
            String author,
            String authorName,
            Long localGovernmentId,
            String language,
            String body,
            Instant now) {
        this.debateId = debateId;
        this.parentId = parentId;
        this.author = author;
        this.authorName = authorName;
        this.localGovernmentId = localGovernmentId;
        this.language = language;
        this.body = body;
        this.createdAt = now;
    }

    void edit(String body, String language, Instant now) {
        this.body = body;
        this.language = language;
        this.editedAt = now;
    }

    void hide(String reason, String by, Instant now) {
        hiddenReason = reason;
        hiddenBy = by;
        hiddenAt = now;
    }

    long debateId() {
        return debateId;
    }

    public ContributionView view() {
        return new ContributionView(
                id,
                debateId,
                parentId,
                author,
                authorName,
                localGovernmentId,
                language,
                body,
                createdAt,
                editedAt,
                hiddenReason,
                hiddenAt);
    }
}
