package org.uclg.carta.events.forum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A session of a Forum edition's programme. */
@Entity
@Table(name = "forum_session")
public class ForumSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;

    @Enumerated(EnumType.STRING)
    private SessionFormat format;

    private boolean published;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText title = TranslatableText.empty();

    @Column(name = "abstract", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TranslatableText summary = TranslatableText.empty();

    private Instant startsAt;
    private Instant endsAt;
    private Long roomId;
    private Long trackId;
    private String recordingUrl;
    private Long recordingResourceId;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_session_language", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_session_interpretation", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "language")
    private Set<String> interpretation = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_session_speaker", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<SessionSpeaker> speakers = new ArrayList<>();

    @Version
    private long version;

    protected ForumSession() {}

    ForumSession(long eventId) {
        this.eventId = eventId;
    }

    void apply(SessionData d, Instant now) {
        format = d.format();
        published = d.published();
        title = d.title();
        summary = d.summary();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        roomId = d.roomId();
        trackId = d.trackId();
        recordingUrl = d.recordingUrl();
        recordingResourceId = d.recordingResourceId();
        languages.retainAll(d.languages());
        languages.addAll(d.languages());
        interpretation.retainAll(d.interpretation());
        interpretation.addAll(d.interpretation());
        speakers.clear();
        speakers.addAll(d.speakers());
        updatedAt = now;
    }

    long version() {
        return version;
    }

    public SessionView view() {
        return new SessionView(
                id,
                eventId,
                version,
                new SessionData(
                        format,
                        published,
                        title,
                        summary,
                        startsAt,
                        endsAt,
                        roomId,
                        trackId,
                        Set.copyOf(languages),
                        Set.copyOf(interpretation),
                        List.copyOf(speakers),
                        recordingUrl,
                        recordingResourceId));
    }
}
