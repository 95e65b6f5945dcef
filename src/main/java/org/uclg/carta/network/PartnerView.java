package org.uclg.carta.network;

import org.uclg.carta.kit.i18n.TranslatableText;

public record PartnerView(
        long id,
        TranslatableText name,
        TranslatableText description,
        PartnerKind kind,
        String country,
        String website) {

    public String path() {
        return "/network/partners/" + id;
    }
}
