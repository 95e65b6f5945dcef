package org.uclg.carta.monitoring.indicator;

import java.util.Locale;

/** The OHCHR kinds of human rights indicators. */
public enum IndicatorKind {
    STRUCTURAL,
    PROCESS,
    OUTCOME;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndicatorKind fromCode(String code) {
        for (IndicatorKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
