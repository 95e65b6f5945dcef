package org.uclg.carta.advocacy.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.campaign.CampaignState;
import org.uclg.carta.advocacy.campaign.CampaignView;
import org.uclg.carta.advocacy.endorsement.EndorsementView;
import org.uclg.carta.advocacy.endorsement.Endorsements;
import org.uclg.carta.advocacy.signature.SignatureForm;
import org.uclg.carta.advocacy.signature.SignatureGuard;
import org.uclg.carta.advocacy.signature.SignatureRequest;
import org.uclg.carta.advocacy.signature.Signatures;
import org.uclg.carta.events.Gatherings;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.monitoring.CountryMap;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.RegionRef;
import org.uclg.carta.taxonomy.Taxonomy;

/** The public side of campaigns: the list, a campaign's page with its counters, map and signing, and the editors' desk. */
@Controller
public class CampaignController {

    static final int ENDORSERS_PER_PAGE = 50;

    private final CampaignService campaigns;
    private final Endorsements endorsements;
    private final Signatures signatures;
    private final SignatureGuard guard;
    private final Tally tally;
    private final AdvocacyPermissions permissions;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final ResourceSpace resources;
    private final Gatherings gatherings;
    private final CountryMap map;
    private final Map<MapKey, String> maps = java.util.Collections.synchronizedMap(new RecentMaps());
    private final Markdown markdown;
    private final MessageSource messages;

    public CampaignController(
            CampaignService campaigns,
            Endorsements endorsements,
            Signatures signatures,
            SignatureGuard guard,
            Tally tally,
            AdvocacyPermissions permissions,
            Directory directory,
            Taxonomy taxonomy,
            ResourceSpace resources,
            Gatherings gatherings,
            CountryMap map,
            Markdown markdown,
            MessageSource messages) {
        this.campaigns = campaigns;
        this.endorsements = endorsements;
        this.signatures = signatures;
        this.guard = guard;
        this.tally = tally;
        this.permissions = permissions;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.resources = resources;
        this.gatherings = gatherings;
        this.map = map;
        this.markdown = markdown;
        this.messages = messages;
    }

    /** A campaign in a list, with its counters. */
    public record Listed(CampaignView campaign, Tally.Counts counts) {}

    @GetMapping("/{lang}/campaigns")
    public String list(
            @PathVariable String lang,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "1") int page,
            Actor user,
            Model model) {
        List<CampaignState> states = CampaignState.ofCode(state)
                .filter(CampaignState::isPublic)
                .map(List::of)
                .orElse(List.of(CampaignState.OPEN, CampaignState.CLOSED));
        Paging paging = Paging.of(page, 20, 20, 20);
        model.addAttribute(
                "campaigns",
                campaigns.list(states, null, paging).stream()
                        .map(c -> new Listed(c, tally.of(c)))
                        .toList());
        model.addAttribute("total", campaigns.count(states, null));
        model.addAttribute("paging", paging);
        model.addAttribute("state", state);
        model.addAttribute("pending", user.signedIn() ? campaigns.pending(user) : List.of());
        model.addAttribute("editor", permissions.isEditor(user));
        model.addAttribute("mayPropose", permissions.isEditor(user) || permissions.mayPropose(user));
        model.addAttribute("today", campaigns.today());
        return "advocacy/campaigns";
    }

    @GetMapping("/{lang}/campaigns/{id}")
    public String campaign(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(defaultValue = "1") int endorsers,
            Actor user,
            Model model) {
        SignatureForm form = new SignatureForm();
        form.setShowName(true);
        return page(model, lang, id, endorsers, user, form, new FieldErrors());
    }

    @PostMapping("/{lang}/campaigns/{id}/sign")
    public String sign(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("signature") SignatureForm form,
            BindingResult binding,
            Actor user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        FieldErrors errors = FieldErrors.of(binding);
        if (!form.getCountry().isEmpty() && !Countries.isValid(form.getCountry())) {
            errors.reject("country", "validation.choice");
        }
        if (errors.any()) {
            return page(model, lang, id, 1, user, form, errors);
        }
        boolean robot = !form.getWebsite().isBlank() || !guard.humanPace(form.getShown());
        if (!robot) {
            if (!guard.allowed(request.getRemoteAddr(), form.getEmail())) {
                errors.reject("email", "signatures.error.tooMany");
                return page(model, lang, id, 1, user, form, errors);
            }
            try {
                boolean counted = signatures.sign(
                        id,
                        new SignatureRequest(
                                form.getName(),
                                form.isShowName(),
                                form.getEmail(),
                                form.getCountry().isEmpty() ? null : form.getCountry(),
                                lang),
                        user);
                redirect.addFlashAttribute("flash", counted ? "signatures.counted" : "signatures.checkInbox");
            } catch (WorkflowException e) {
                redirect.addFlashAttribute("flashError", e.messageKey());
            }
        } else {
            redirect.addFlashAttribute("flash", "signatures.checkInbox");
        }
        return "redirect:/" + lang + "/campaigns/" + id + "#sign";
    }

    /** Editors' desk: every endorsement with its decision, to verify or reject, and the campaign's state. */
    @GetMapping("/{lang}/campaigns/{id}/manage")
    public String manage(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        permissions.requireEditor(user);
        CampaignView c = campaigns.visible(id, user);
        List<EndorsementView> all = endorsements.all(id);
        model.addAttribute("campaign", c);
        model.addAttribute("endorsements", all);
        model.addAttribute(
                "localGovernments",
                byId(all.stream().map(EndorsementView::localGovernmentId).toList()));
        model.addAttribute("counts", tally.of(c));
        return "advocacy/campaignManage";
    }

    private String page(
            Model model, String lang, long id, int endorsersPage, Actor user, SignatureForm form, FieldErrors errors) {
        CampaignView c = campaigns.visible(id, user);
        Tally.Counts counts = tally.of(c);
        Paging paging = Paging.of(endorsersPage, ENDORSERS_PER_PAGE, ENDORSERS_PER_PAGE, ENDORSERS_PER_PAGE);
        List<EndorsementView> shown = endorsements.verified(id, paging);
        List<EndorsementView> mine = endorsements.ofLocalGovernments(id, user.localGovernments());
        List<Long> lgIds = new ArrayList<>(
                shown.stream().map(EndorsementView::localGovernmentId).toList());
        lgIds.addAll(user.localGovernments());
        if (c.proposedBy() != null) {
            lgIds.add(c.proposedBy());
        }
        model.addAttribute("campaign", c);
        model.addAttribute("statement", markdown.toHtml(c.statement().in(lang).text()));
        model.addAttribute("statementText", c.statement().in(lang));
        model.addAttribute("statements", campaigns.statements(id));
        model.addAttribute("counts", counts);
        model.addAttribute("map", map(c.id(), lang));
        model.addAttribute("regions", regions(id));
        model.addAttribute("endorsers", shown);
        model.addAttribute("endorsersPaging", paging);
        model.addAttribute("localGovernments", byId(lgIds));
        model.addAttribute("names", signatures.shownNames(id, new Paging(1, 20)));
        model.addAttribute("updates", campaigns.updates(id));
        model.addAttribute("articles", taxonomy.articles(c.data().articleIds()));
        model.addAttribute(
                "resources",
                c.data().resourceIds().stream()
                        .map(resources::published)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute(
                "events",
                c.data().eventIds().stream()
                        .map(gatherings::event)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute(
                "partners",
                c.data().partnerIds().stream()
                        .map(directory::partner)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute("mine", mine);
        model.addAttribute(
                "mayEndorse",
                permissions.mayPropose(user)
                        && user.localGovernments().stream().anyMatch(lg -> mine.stream()
                                .noneMatch(e -> e.localGovernmentId() == lg && e.active())));
        model.addAttribute("taking", c.taking(campaigns.today()));
        model.addAttribute("editor", permissions.isEditor(user));
        model.addAttribute(
                "mayEdit",
                permissions.isEditor(user) || (c.state() == CampaignState.PROPOSED && user.represents(c.proposedBy())));
        model.addAttribute("signature", form);
        model.addAttribute("errors", errors);
        model.addAttribute("shown", guard.shown());
        model.addAttribute("countries", Countries.all(lang));
        return "advocacy/campaign";
    }

    private Map<Long, LocalGovernmentView> byId(List<Long> ids) {
        return directory.findAll(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(LocalGovernmentView::id, lg -> lg));
    }

    /** One region's count of verified endorsements. */
    public record RegionCount(RegionRef region, long count) {}

    private List<RegionCount> regions(long id) {
        Map<String, RegionRef> known = new LinkedHashMap<>();
        taxonomy.regions().forEach(r -> known.put(r.code(), r));
        return endorsements.countBy(id, "region").entrySet().stream()
                .filter(e -> known.containsKey(e.getKey()))
                .map(e -> new RegionCount(known.get(e.getKey()), e.getValue()))
                .toList();
    }

    private String map(long id, String lang) {
        Map<String, Long> byCountry = endorsements.countBy(id, "country");
        // The SVG is 160 KB: drawn again only when the endorsing countries or their counts change.
        return maps.computeIfAbsent(new MapKey(lang, byCountry), k -> drawMap(byCountry, lang));
    }

    private String drawMap(Map<String, Long> byCountry, String lang) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
        Map<String, CountryMap.Shade> shades = new LinkedHashMap<>();
        long most = byCountry.values().stream().mapToLong(Long::longValue).max().orElse(0);
        byCountry.forEach((country, n) -> shades.put(
                country,
                new CountryMap.Shade(
                        most > 1 && n * 2 > most,
                        Countries.name(country, lang) + ": "
                                + messages.getMessage("campaigns.map.count", new Object[] {n}, locale))));
        return map.render(messages.getMessage("campaigns.map.label", new Object[] {byCountry.size()}, locale), shades);
    }

    private record MapKey(String lang, Map<String, Long> byCountry) {}

    /** The last maps drawn, least recently used out first. */
    private static final class RecentMaps extends LinkedHashMap<MapKey, String> {

        RecentMaps() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<MapKey, String> eldest) {
            return size() > 32;
        }
    }
}
