package org.uclg.carta.events.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A speaker of a session, or its moderator. */
@Embeddable
public record SessionSpeaker(
        @Column(name = "speaker_id") long speakerId,
        @Column(name = "moderator") boolean moderator) {}
