package org.uclg.carta.events.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A registration as its owner, the organisers and the exports see it. */
public record RegistrationView(
        long id,
        long eventId,
        RegistrationState state,
        String name,
        String email,
        String language,
        String accountEmail,
        Long localGovernmentId,
        String interpretation,
        String accessibilityNeeds,
        String dietaryNeeds,
        Map<String, List<String>> answers,
        Instant createdAt,
        Instant confirmedAt,
        Instant cancelledAt,
        Instant promotedAt) {}
