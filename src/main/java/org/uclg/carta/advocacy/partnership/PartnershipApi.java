package org.uclg.carta.advocacy.partnership;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.BadRequestException;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.PartnerKind;
import org.uclg.carta.network.PartnerView;

/** Partner organisations with their agreements: public fields only, never focal points. */
@RestController
class PartnershipApi {

    private final Directory directory;
    private final Partnerships partnerships;
    private final String pagesUrl;

    PartnershipApi(Directory directory, Partnerships partnerships, CartaProperties props) {
        this.directory = directory;
        this.partnerships = partnerships;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/partners")
    Map<String, Object> list(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging paging = Paging.of(page, size, 20, 100);
        List<PartnerView> all = directory.partners().stream()
                .filter(p -> kind.isEmpty() || p.kind() == kind(kind))
                .sorted(java.util.Comparator.comparing(PartnerView::id))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", all.size());
        body.put("page", paging.page());
        body.put("size", paging.size());
        body.put(
                "items",
                all.stream()
                        .skip(paging.offset())
                        .limit(paging.size())
                        .map(this::json)
                        .toList());
        return body;
    }

    @GetMapping("/api/v1/partners/{id}")
    Map<String, Object> one(@PathVariable long id) {
        PartnerView p = directory.partner(id).orElseThrow(NotFoundException::new);
        Map<String, Object> m = json(p);
        LocalDate today = partnerships.today();
        m.put(
                "agreements",
                partnerships.agreements(id).stream()
                        .map(a -> agreement(a, today))
                        .toList());
        return m;
    }

    private static PartnerKind kind(String code) {
        return Arrays.stream(PartnerKind.values())
                .filter(k -> k.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("error.parameter.invalid"));
    }

    private Map<String, Object> json(PartnerView p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("kind", p.kind().code());
        m.put("name", p.name().values());
        m.put("description", p.description().values());
        m.put("country", p.country());
        m.put("website", p.website());
        m.put("activeAgreements", partnerships.inForce(p.id()).size());
        m.put("url", pagesUrl + p.path());
        return m;
    }

    private Map<String, Object> agreement(Agreement a, LocalDate today) {
        AgreementData d = a.data();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", d.kind().code());
        m.put("title", d.title().values());
        m.put("scope", d.scope().values());
        m.put("signedOn", d.signedOn().toString());
        m.put("startsOn", d.startsOn().toString());
        m.put("endsOn", d.endsOn() == null ? null : d.endsOn().toString());
        m.put("reference", d.reference());
        m.put("active", a.active(today));
        m.put("status", a.status(today));
        m.put("document", a.hasDocument() ? pagesUrl + a.documentPath() : null);
        return m;
    }
}
