package org.uclg.carta.advocacy.partnership;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.network.PartnerSection;

/** Contact people, for signed-in members and the secretariat; others are told to sign in. */
@Component
class FocalPointSection implements PartnerSection {

    private final Partnerships partnerships;
    private final Wording wording;

    FocalPointSection(Partnerships partnerships, Wording wording) {
        this.partnerships = partnerships;
        this.wording = wording;
    }

    @Override
    public String titleKey() {
        return "partnerships.focalPoints";
    }

    @Override
    public List<Item> items(long partnerId, Actor viewer) {
        List<FocalPoint> points = partnerships.focalPoints(partnerId, viewer);
        if (points.isEmpty()) {
            return partnerships.focalPointCount(partnerId) == 0
                    ? List.of()
                    : List.of(new Item(wording.message("partnerships.focalPoints.hidden"), null));
        }
        return points.stream().map(this::item).toList();
    }

    private Item item(FocalPoint p) {
        List<String> details = new ArrayList<>();
        if (!p.role().isBlank()) {
            details.add(p.role());
        }
        if (p.email() != null) {
            details.add(p.email());
        }
        if (p.phone() != null) {
            details.add(p.phone());
        }
        return new Item(
                wording.same(p.name()),
                p.email() == null ? null : "mailto:" + p.email(),
                wording.same(String.join(" · ", details)));
    }
}
