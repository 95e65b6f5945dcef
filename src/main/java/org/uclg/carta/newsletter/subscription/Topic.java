package org.uclg.carta.newsletter.subscription;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The four axes of the action plan a subscriber may ask news of; the code is what forms and the API send. */
public enum Topic {
    UN("un"),
    MEETING("meeting"),
    POLICIES("policies"),
    LEARNING("learning");

    private final String code;

    Topic(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static boolean known(String code) {
        return Arrays.stream(values()).anyMatch(t -> t.code.equals(code));
    }

    /** The stored form: codes separated by commas, unknown ones dropped. */
    static String join(Set<String> codes) {
        Set<String> kept = new LinkedHashSet<>();
        for (Topic t : values()) {
            if (codes.contains(t.code)) {
                kept.add(t.code);
            }
        }
        return String.join(",", kept);
    }
}
