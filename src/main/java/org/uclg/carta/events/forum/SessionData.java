package org.uclg.carta.events.forum;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A session as its form edits it. */
public record SessionData(
        SessionFormat format,
        boolean published,
        TranslatableText title,
        TranslatableText summary,
        Instant startsAt,
        Instant endsAt,
        Long roomId,
        Long trackId,
        Set<String> languages,
        Set<String> interpretation,
        List<SessionSpeaker> speakers,
        String recordingUrl,
        Long recordingResourceId) {}
