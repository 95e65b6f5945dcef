package org.uclg.carta.advocacy.initiative;

import java.util.Arrays;
import java.util.Optional;

/** A solidarity or collective initiative, or a standing working group. */
public enum InitiativeKind {
    INITIATIVE("initiative"),
    WORKING_GROUP("working-group");

    private final String code;

    InitiativeKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InitiativeKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
