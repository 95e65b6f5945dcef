package org.uclg.carta.library.resource;

import java.util.Locale;

public enum ResourceType {
    POLICY,
    CASE_STUDY,
    PUBLICATION,
    GUIDE,
    DECLARATION,
    UN_DOCUMENT,
    MEDIA,
    LINK;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ResourceType fromCode(String code) {
        for (ResourceType t : values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        return null;
    }
}
