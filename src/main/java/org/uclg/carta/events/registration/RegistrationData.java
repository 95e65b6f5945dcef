package org.uclg.carta.events.registration;

import java.util.List;
import java.util.Map;

/** What a person gives when registering. */
public record RegistrationData(
        String name,
        String email,
        String language,
        String accountEmail,
        Long localGovernmentId,
        String interpretation,
        String accessibilityNeeds,
        String dietaryNeeds,
        Map<String, List<String>> answers) {}
