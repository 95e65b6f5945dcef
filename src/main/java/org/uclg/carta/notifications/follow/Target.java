package org.uclg.carta.notifications.follow;

import java.util.Arrays;
import java.util.Optional;

/** What can be followed; the code is the spelling of forms, the API and the database. */
public enum Target {
    ARTICLE("article"),
    LOCAL_GOVERNMENT("local-government"),
    EVENT("event"),
    CAMPAIGN("campaign"),
    INITIATIVE("initiative");

    private final String code;

    Target(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Target> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
