package org.uclg.carta.advocacy.initiative;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.advocacy.InitiativeUpdatePosted;

/**
 * Emails the coordinator's update to every representative of every member local government, once
 * per address, in their language. The event is durable: a restart does not lose the emails.
 */
@Component
class InitiativeMail {

    private final Initiatives initiatives;
    private final Notifications mail;

    InitiativeMail(Initiatives initiatives, Notifications mail) {
        this.initiatives = initiatives;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(InitiativeUpdatePosted posted) {
        InitiativeView i = initiatives.published(posted.initiativeId()).orElse(null);
        InitiativeUpdate update = initiatives.update(posted.updateId()).orElse(null);
        if (i == null || update == null) {
            return;
        }
        Map<String, Notifications.Recipient> people = new LinkedHashMap<>();
        for (long lg : initiatives.members(i.id())) {
            mail.representativesOf(lg).forEach(r -> people.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r));
        }
        for (Notifications.Recipient to : people.values()) {
            String lang = to.language();
            mail.send(
                    to,
                    "initiativeUpdate",
                    i.data().title().in(lang).text(),
                    update.title().in(lang).text(),
                    update.body().in(lang).text(),
                    mail.baseUrl() + "/" + lang + i.path() + "/space#update-" + update.id());
        }
    }
}
