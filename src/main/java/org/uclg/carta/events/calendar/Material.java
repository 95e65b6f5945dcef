package org.uclg.carta.events.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An agenda, slides, minutes or a recording: a Resource Space item or a link, with a label. */
@Embeddable
public record Material(
        @Enumerated(EnumType.STRING) @Column(name = "kind") MaterialKind kind,
        @Column(name = "label") String label,
        @Column(name = "url") String url,
        @Column(name = "resource_id") Long resourceId) {}
