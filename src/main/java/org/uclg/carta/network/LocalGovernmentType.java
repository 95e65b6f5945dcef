package org.uclg.carta.network;

import java.util.Locale;

public enum LocalGovernmentType {
    CITY,
    METROPOLIS,
    REGION,
    ASSOCIATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LocalGovernmentType fromCode(String code) {
        for (LocalGovernmentType t : values()) {
            if (t.code().equalsIgnoreCase(code)) {
                return t;
            }
        }
        return null;
    }
}
