package org.uclg.carta.network;

import java.util.Locale;

/** Kinds of partner, in the order the partners overview shows them. */
public enum PartnerKind {
    UN_AGENCY,
    INTERNATIONAL_ORGANISATION,
    INSTITUTE,
    NETWORK,
    NGO,
    LOCAL_GOVERNMENT,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
