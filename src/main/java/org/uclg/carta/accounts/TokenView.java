package org.uclg.carta.accounts;

import java.time.Instant;

/** A personal API token as listed on the profile: never its value. */
public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, boolean active) {

    static TokenView of(ApiToken t) {
        return new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.active());
    }
}
