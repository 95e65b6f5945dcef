package org.uclg.carta.network;

import java.util.Locale;

public enum PartnerKind {
    UN_AGENCY,
    INSTITUTE,
    NETWORK,
    NGO,
    LOCAL_GOVERNMENT,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
