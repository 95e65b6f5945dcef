package org.uclg.carta.advocacy.front;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.campaign.CampaignState;
import org.uclg.carta.advocacy.campaign.CampaignView;
import org.uclg.carta.advocacy.endorsement.EndorsementView;
import org.uclg.carta.advocacy.endorsement.Endorsements;
import org.uclg.carta.advocacy.signature.SignatureGuard;
import org.uclg.carta.advocacy.signature.SignatureRequest;
import org.uclg.carta.advocacy.signature.Signatures;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.BadRequestException;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.kit.web.TooManyRequestsException;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.Taxonomy;

/** Campaigns as open data: the public ones with their counters, their verified endorsements, and signing for other sites' forms. */
@RestController
public class CampaignApi {

    private final CampaignService campaigns;
    private final Endorsements endorsements;
    private final Signatures signatures;
    private final SignatureGuard guard;
    private final Tally tally;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Languages languages;
    private final String pagesUrl;

    public CampaignApi(
            CampaignService campaigns,
            Endorsements endorsements,
            Signatures signatures,
            SignatureGuard guard,
            Tally tally,
            Directory directory,
            Taxonomy taxonomy,
            Languages languages,
            CartaProperties props) {
        this.campaigns = campaigns;
        this.endorsements = endorsements;
        this.signatures = signatures;
        this.guard = guard;
        this.tally = tally;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.languages = languages;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/campaigns")
    public Map<String, Object> list(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String article,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        List<CampaignState> states;
        if (state == null || state.isBlank()) {
            states = List.of(CampaignState.OPEN, CampaignState.CLOSED);
        } else {
            states = List.of(CampaignState.ofCode(state)
                    .filter(CampaignState::isPublic)
                    .orElseThrow(() -> new BadRequestException("error.parameter.invalid")));
        }
        Long articleId = article == null || article.isBlank() ? null : articleId(article);
        Paging paging = Paging.of(page, size, 20, 100);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", articleId != null && articleId < 0 ? 0 : campaigns.count(states, articleId));
        body.put("page", paging.page());
        body.put("size", paging.size());
        body.put(
                "items",
                articleId != null && articleId < 0
                        ? List.of()
                        : campaigns.list(states, articleId, paging).stream()
                                .map(this::json)
                                .toList());
        return body;
    }

    /** An article by id or as FRAMEWORK:number (GCA:3); -1 for one that does not exist. */
    private long articleId(String article) {
        int colon = article.indexOf(':');
        if (colon > 0) {
            return taxonomy.article(article.substring(0, colon), article.substring(colon + 1))
                    .map(a -> a.id())
                    .orElse(-1L);
        }
        try {
            return Long.parseLong(article);
        } catch (NumberFormatException e) {
            throw new BadRequestException("error.parameter.invalid");
        }
    }

    @GetMapping("/api/v1/campaigns/{id}")
    public Map<String, Object> one(@PathVariable long id) {
        CampaignView c = campaigns.published(id).orElseThrow(NotFoundException::new);
        Map<String, Object> m = json(c);
        m.put("statement", c.statement().values());
        m.put(
                "statementVersions",
                campaigns.statements(id).stream()
                        .map(s -> {
                            Map<String, Object> v = new LinkedHashMap<>();
                            v.put("number", s.number());
                            v.put("changeNote", s.changeNote().values());
                            v.put("createdAt", iso(s.createdAt()));
                            return v;
                        })
                        .toList());
        m.put(
                "updates",
                campaigns.updates(id).stream()
                        .map(u -> Map.of(
                                "id", u.id(),
                                "postedOn", u.postedOn().toString(),
                                "title", u.title().values(),
                                "body", u.body().values()))
                        .toList());
        m.put(
                "resources",
                c.data().resourceIds().stream()
                        .map(r -> pagesUrl + "/resources/" + r)
                        .toList());
        m.put(
                "events",
                c.data().eventIds().stream().map(e -> pagesUrl + "/events/" + e).toList());
        m.put(
                "partners",
                c.data().partnerIds().stream()
                        .map(p -> pagesUrl + "/network/partners/" + p)
                        .toList());
        m.put("endorsementsCsv", pagesUrl + "/campaigns/" + id + "/endorsements.csv");
        m.put("badge", pagesUrl + "/campaigns/" + id + "/badge.svg");
        return m;
    }

    @GetMapping("/api/v1/campaigns/{id}/endorsements")
    public Map<String, Object> endorsements(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        CampaignView c = campaigns.published(id).orElseThrow(NotFoundException::new);
        Paging paging = Paging.of(page, size, 50, 500);
        List<EndorsementView> rows = endorsements.verified(c.id(), paging);
        Map<Long, LocalGovernmentView> lgs = new java.util.HashMap<>();
        directory
                .findAll(rows.stream().map(EndorsementView::localGovernmentId).toList())
                .forEach(lg -> lgs.put(lg.id(), lg));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", endorsements.countVerified(id));
        body.put("page", paging.page());
        body.put("size", paging.size());
        body.put(
                "items",
                rows.stream()
                        .map(e -> {
                            LocalGovernmentView lg = lgs.get(e.localGovernmentId());
                            Map<String, Object> x = new LinkedHashMap<>();
                            x.put("id", e.id());
                            Map<String, Object> who = new LinkedHashMap<>();
                            who.put("id", e.localGovernmentId());
                            who.put("name", lg == null ? Map.of() : lg.name().values());
                            who.put("country", e.country());
                            who.put("region", e.region());
                            who.put("url", lg == null ? null : pagesUrl + lg.path());
                            x.put("localGovernment", who);
                            x.put("signatory", Map.of("name", e.signatoryName(), "title", e.signatoryTitle()));
                            Map<String, Object> decision = new LinkedHashMap<>();
                            decision.put("reference", e.decisionReference());
                            decision.put(
                                    "date",
                                    e.decisionDate() == null
                                            ? null
                                            : e.decisionDate().toString());
                            decision.put("document", e.decisionFileName() == null ? null : pagesUrl + e.decisionPath());
                            x.put("councilDecision", e.hasDecision() ? decision : null);
                            x.put("statementVersion", e.statementVersion());
                            x.put("date", iso(e.verifiedAt()));
                            return x;
                        })
                        .toList());
        return body;
    }

    /** A signature from another site's form: always a double opt-in by email; 202, rate-limited. */
    public record Signing(String name, String email, Boolean showName, String country, String language) {}

    @PostMapping("/api/v1/campaigns/{id}/signatures")
    public ResponseEntity<Map<String, Object>> sign(
            @PathVariable long id, @RequestBody Signing body, HttpServletRequest request) {
        campaigns.published(id).orElseThrow(NotFoundException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = body.name() == null ? "" : body.name().strip();
        String email = body.email() == null ? "" : body.email().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", name.isEmpty() ? "validation.required" : "validation.tooLong");
        }
        if (email.length() > 320 || !email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "validation.email");
        }
        if (body.country() != null && !body.country().isBlank() && !Countries.isValid(body.country())) {
            errors.put("country", "validation.choice");
        }
        String lang =
                body.language() != null && languages.supports(body.language()) ? body.language() : languages.fallback();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!guard.allowed(request.getRemoteAddr(), email)) {
            throw new TooManyRequestsException();
        }
        signatures.sign(
                id,
                new SignatureRequest(
                        name,
                        Boolean.TRUE.equals(body.showName()),
                        email,
                        body.country() == null || body.country().isBlank() ? null : body.country(),
                        lang),
                Actor.ANONYMOUS);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "confirmation-sent"));
    }

    private Map<String, Object> json(CampaignView c) {
        Tally.Counts n = tally.of(c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("state", c.state().code());
        m.put("title", c.data().title().values());
        m.put("callToAction", c.data().callToAction().values());
        m.put("goal", c.data().goal());
        m.put("endorsements", Map.of("localGovernments", n.localGovernments(), "people", n.people()));
        m.put("opensOn", c.data().opensOn().toString());
        m.put(
                "closesOn",
                c.data().closesOn() == null ? null : c.data().closesOn().toString());
        m.put("statementVersion", c.statementVersion());
        m.put("articles", c.data().articleIds());
        m.put("proposedBy", c.proposedBy() == null ? null : pagesUrl + "/network/local-governments/" + c.proposedBy());
        m.put(
                "initiative",
                c.data().initiativeId() == null
                        ? null
                        : pagesUrl + "/initiatives/" + c.data().initiativeId());
        m.put("updatedAt", iso(c.updatedAt()));
        m.put("url", pagesUrl + c.path());
        return m;
    }

    static String iso(java.time.Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
