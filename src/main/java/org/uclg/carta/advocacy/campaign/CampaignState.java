package org.uclg.carta.advocacy.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a campaign stands; proposed and declined ones are seen only by editors and their proposer. */
public enum CampaignState {
    PROPOSED,
    DRAFT,
    OPEN,
    CLOSED,
    DECLINED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPublic() {
        return this == OPEN || this == CLOSED;
    }

    public static Optional<CampaignState> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
