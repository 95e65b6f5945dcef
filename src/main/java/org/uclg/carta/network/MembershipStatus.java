package org.uclg.carta.network;

import java.util.Locale;

public enum MembershipStatus {
    MEMBER,
    OBSERVER,
    FORMER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MembershipStatus fromCode(String code) {
        for (MembershipStatus s : values()) {
            if (s.code().equalsIgnoreCase(code)) {
                return s;
            }
        }
        return null;
    }
}
