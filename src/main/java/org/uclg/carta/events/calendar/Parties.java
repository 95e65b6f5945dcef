package org.uclg.carta.events.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.network.PartnerView;

/** Organisers by name, from the directory: what pages, feeds and the API show of them. */
@Component
public class Parties {

    private final Directory directory;

    Parties(Directory directory) {
        this.directory = directory;
    }

    /** An organiser as shown: its name, page and whether it leads. */
    public record Named(String code, TranslatableText name, String path, boolean lead, String kind) {}

    public List<Named> of(List<Organiser> organisers) {
        List<Long> lgIds = organisers.stream()
                .filter(Organiser::localGovernment)
                .map(Organiser::partyId)
                .toList();
        Map<Long, LocalGovernmentView> lgs = new LinkedHashMap<>();
        directory.findAll(lgIds).forEach(lg -> lgs.put(lg.id(), lg));
        Map<Long, PartnerView> partners = new LinkedHashMap<>();
        if (organisers.stream().anyMatch(o -> !o.localGovernment())) {
            directory.partners().forEach(p -> partners.put(p.id(), p));
        }
        List<Named> out = new ArrayList<>();
        for (Organiser o : organisers) {
            if (o.localGovernment() && lgs.containsKey(o.partyId())) {
                LocalGovernmentView lg = lgs.get(o.partyId());
                out.add(new Named("lg:" + lg.id(), lg.name(), lg.path(), o.lead(), "localGovernment"));
            } else if (!o.localGovernment() && partners.containsKey(o.partyId())) {
                PartnerView p = partners.get(o.partyId());
                out.add(new Named("partner:" + p.id(), p.name(), p.path(), o.lead(), "partner"));
            }
        }
        return out;
    }

    /** Every local government and partner, for the organiser pickers. */
    public List<Named> choices(String lang) {
        List<Named> out = new ArrayList<>();
        directory.partners().forEach(p -> out.add(new Named("partner:" + p.id(), p.name(), p.path(), true, "partner")));
        directory
                .allByName(lang)
                .forEach(lg -> out.add(new Named("lg:" + lg.id(), lg.name(), lg.path(), true, "localGovernment")));
        return out;
    }

    /** Whether every organiser exists in the directory. */
    public boolean allKnown(List<Organiser> organisers) {
        return of(organisers).size() == organisers.size();
    }
}
