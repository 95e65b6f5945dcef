package org.uclg.carta.events.calendar;

import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.network.PartnerSection;

/** The public events a partner organised or co-organised, on the partner's page. */
@Component
class EventPartnerSection implements PartnerSection {

    private final EventService events;

    EventPartnerSection(EventService events) {
        this.events = events;
    }

    @Override
    public String titleKey() {
        return "events.partnerSection";
    }

    @Override
    public List<Item> items(long partnerId, Actor viewer) {
        return events.publicOrganisedByPartner(partnerId).stream()
                .map(e -> new Item(e.title(), e.path()))
                .toList();
    }
}
