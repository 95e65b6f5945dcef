package org.uclg.carta.advocacy.initiative;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Proposed by a member, active once editors approve it, then closed; or declined with a reason. */
public enum InitiativeState {
    PROPOSED,
    ACTIVE,
    CLOSED,
    DECLINED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPublic() {
        return this == ACTIVE || this == CLOSED;
    }

    public static Optional<InitiativeState> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
