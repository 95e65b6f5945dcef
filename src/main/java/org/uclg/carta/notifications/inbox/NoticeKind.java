package org.uclg.carta.notifications.inbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notice. A mandatory kind ignores the person's preferences; when its module already
 * emails the person (a seat from the waiting list), the notice only joins the centre.
 */
public enum NoticeKind {
    RESOURCE_PUBLISHED("resource-published", false, false),
    EVENT_PUBLISHED("event-published", false, false),
    EVENT_CHANGED("event-changed", false, false),
    REPORT_PUBLISHED("report-published", false, false),
    CAMPAIGN_OPENED("campaign-opened", false, false),
    CAMPAIGN_NEWS("campaign-news", false, false),
    INITIATIVE_APPROVED("initiative-approved", false, false),
    INITIATIVE_NEWS("initiative-news", false, false),
    ADHERENCE_RECORDED("adherence-recorded", false, false),
    REPORT_RETURNED("report-returned", true, false),
    REGISTRATION_PROMOTED("registration-promoted", true, true);

    private final String code;
    private final boolean mandatory;
    private final boolean mailedBySource;

    NoticeKind(String code, boolean mandatory, boolean mailedBySource) {
        this.code = code;
        this.mandatory = mandatory;
        this.mailedBySource = mailedBySource;
    }

    public String code() {
        return code;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public boolean mailedBySource() {
        return mailedBySource;
    }

    public static Optional<NoticeKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The kinds a person may tune; mandatory ones are not offered. */
    public static java.util.List<NoticeKind> optional() {
        return Arrays.stream(values()).filter(k -> !k.mandatory).toList();
    }
}
