package org.uclg.carta.advocacy.endorsement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.advocacy.CampaignAmended;
import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.campaign.CampaignView;

/**
 * Tells endorsers that the statement they endorsed changed: every representative of a local
 * government whose endorsement stands gets one email, in their language, with the change note and
 * the way to withdraw. The event is durable, so a restart does not lose the emails.
 */
@Component
class AmendmentMail {

    private final Endorsements endorsements;
    private final CampaignService campaigns;
    private final Notifications mail;

    AmendmentMail(Endorsements endorsements, CampaignService campaigns, Notifications mail) {
        this.endorsements = endorsements;
        this.campaigns = campaigns;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(CampaignAmended amended) {
        CampaignView c = campaigns.published(amended.campaignId()).orElse(null);
        if (c == null) {
            return;
        }
        var note = campaigns.statements(c.id()).stream()
                .filter(s -> s.number() == amended.statementVersion())
                .findFirst()
                .map(s -> s.changeNote())
                .orElse(org.uclg.carta.kit.i18n.TranslatableText.empty());
        Map<String, Notifications.Recipient> people = new LinkedHashMap<>();
        for (long lg : endorsements.standingLocalGovernments(c.id())) {
            mail.representativesOf(lg)
                    .forEach(r -> people.putIfAbsent(r.email().toLowerCase(java.util.Locale.ROOT), r));
        }
        for (Notifications.Recipient to : people.values()) {
            String lang = to.language();
            mail.send(
                    to,
                    "campaignAmended",
                    c.data().title().in(lang).text(),
                    amended.statementVersion(),
                    note.in(lang).text(),
                    mail.baseUrl() + "/" + lang + c.path() + "#statement");
        }
    }
}
