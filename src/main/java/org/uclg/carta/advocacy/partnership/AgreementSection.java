package org.uclg.carta.advocacy.partnership;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.network.PartnerSection;

/** A partner's agreements on its page (all of them) and in the overview (those in force). */
@Component
class AgreementSection implements PartnerSection {

    private final Partnerships partnerships;
    private final AdvocacyPermissions permissions;
    private final Wording wording;

    AgreementSection(Partnerships partnerships, AdvocacyPermissions permissions, Wording wording) {
        this.partnerships = partnerships;
        this.permissions = permissions;
        this.wording = wording;
    }

    @Override
    public String titleKey() {
        return "partnerships.agreements";
    }

    @Override
    public List<Item> items(long partnerId, Actor viewer) {
        return shown(partnerships.agreements(partnerId));
    }

    @Override
    public List<Item> overview(long partnerId) {
        return shown(partnerships.inForce(partnerId));
    }

    @Override
    public List<Item> actions(long partnerId, Actor viewer) {
        return permissions.isEditor(viewer)
                ? List.of(new Item(
                        wording.message("partnerships.manage"), "/network/partners/" + partnerId + "/partnership"))
                : List.of();
    }

    private List<Item> shown(List<Agreement> agreements) {
        LocalDate today = partnerships.today();
        return agreements.stream()
                .map(a -> new Item(
                        a.data().title(), a.hasDocument() ? a.documentPath() : null, wording.agreementNote(a, today)))
                .toList();
    }
}
