package org.uclg.carta.advocacy.front;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.uclg.carta.advocacy.AdvocacyPermissions;
import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.initiative.InitiativeState;
import org.uclg.carta.advocacy.initiative.InitiativeView;
import org.uclg.carta.advocacy.initiative.Initiatives;
import org.uclg.carta.events.Gatherings;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Taxonomy;

/** The list of collective initiatives, an initiative's public page, and its members-only space. */
@Controller
public class InitiativeController {

    private final Initiatives initiatives;
    private final CampaignService campaigns;
    private final AdvocacyPermissions permissions;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final ResourceSpace resources;
    private final Gatherings gatherings;
    private final Markdown markdown;
    private final java.time.Clock clock;

    public InitiativeController(
            Initiatives initiatives,
            CampaignService campaigns,
            AdvocacyPermissions permissions,
            Directory directory,
            Taxonomy taxonomy,
            ResourceSpace resources,
            Gatherings gatherings,
            Markdown markdown,
            java.time.Clock clock) {
        this.initiatives = initiatives;
        this.campaigns = campaigns;
        this.permissions = permissions;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.resources = resources;
        this.gatherings = gatherings;
        this.markdown = markdown;
        this.clock = clock;
    }

    @GetMapping("/{lang}/initiatives")
    public String list(@PathVariable String lang, @RequestParam(defaultValue = "1") int page, Actor user, Model model) {
        Paging paging = Paging.of(page, 20, 20, 20);
        List<InitiativeState> states = List.of(InitiativeState.ACTIVE, InitiativeState.CLOSED);
        List<InitiativeView> shown = initiatives.list(states, paging);
        model.addAttribute("initiatives", shown);
        model.addAttribute("total", initiatives.count(states));
        model.addAttribute("paging", paging);
        model.addAttribute(
                "memberCounts",
                initiatives.memberCounts(shown.stream().map(InitiativeView::id).toList()));
        model.addAttribute(
                "coordinators",
                directory
                        .findAll(shown.stream()
                                .map(InitiativeView::coordinatorId)
                                .toList())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(lg -> lg.id(), lg -> lg)));
        boolean editor = permissions.isEditor(user);
        model.addAttribute(
                "pending",
                editor
                        ? initiatives.list(List.of(InitiativeState.PROPOSED), Paging.of(1, 50, 50, 50))
                        : initiatives.ofMembers(user.localGovernments()).stream()
                                .filter(i -> !i.state().isPublic())
                                .toList());
        model.addAttribute("editor", editor);
        model.addAttribute("mayPropose", editor || permissions.mayPropose(user));
        return "advocacy/initiatives";
    }

    @GetMapping("/{lang}/initiatives/{id}")
    public String initiative(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        InitiativeView i = initiatives.visible(id, user);
        List<Long> members = initiatives.members(id);
        common(model, lang, i, members, user);
        model.addAttribute("updates", initiatives.updates(id, false));
        model.addAttribute("outputs", published(i.data().outputIds()));
        model.addAttribute("campaigns", campaigns.ofInitiative(id));
        model.addAttribute(
                "joinable",
                i.state() == InitiativeState.ACTIVE
                        ? directory.findAll(user.localGovernments().stream()
                                .filter(lg -> !members.contains(lg))
                                .toList())
                        : List.of());
        model.addAttribute(
                "leavable",
                directory.findAll(user.localGovernments().stream()
                        .filter(lg -> members.contains(lg) && lg != i.coordinatorId())
                        .toList()));
        model.addAttribute("articles", taxonomy.articles(i.data().articleIds()));
        return "advocacy/initiative";
    }

    /** Members only: updates, documents, upcoming meetings and debates. */
    @GetMapping("/{lang}/initiatives/{id}/space")
    public String space(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        InitiativeView i = initiatives.visible(id, user);
        AdvocacyPermissions.require(initiatives.isMember(id, user), "Members only");
        common(model, lang, i, initiatives.members(id), user);
        model.addAttribute("updates", initiatives.updates(id, true));
        model.addAttribute("documents", published(i.data().documentIds()));
        model.addAttribute("outputs", published(i.data().outputIds()));
        Instant now = clock.instant();
        model.addAttribute(
                "meetings",
                i.data().meetingIds().stream()
                        .flatMap(e -> gatherings.event(e).stream())
                        .filter(e -> !e.startsAt().isBefore(now.minus(java.time.Duration.ofDays(1))))
                        .sorted(java.util.Comparator.comparing(Gatherings.Gathering::startsAt))
                        .toList());
        model.addAttribute(
                "debates",
                i.data().debateIds().stream()
                        .flatMap(d -> gatherings.debate(d).stream())
                        .toList());
        // What a coordinator typed before a rejected update comes back through the flash attributes.
        model.addAttribute(
                "draftTitle",
                model.containsAttribute("draftTitle") ? model.getAttribute("draftTitle") : java.util.Map.of());
        model.addAttribute(
                "draftBody",
                model.containsAttribute("draftBody") ? model.getAttribute("draftBody") : java.util.Map.of());
        return "advocacy/initiativeSpace";
    }

    private void common(Model model, String lang, InitiativeView i, List<Long> members, Actor user) {
        model.addAttribute("initiative", i);
        model.addAttribute(
                "purpose", markdown.toHtml(i.data().purpose().in(lang).text()));
        model.addAttribute(
                "activities", markdown.toHtml(i.data().activities().in(lang).text()));
        model.addAttribute("members", directory.findAll(members));
        model.addAttribute("coordinator", directory.find(i.coordinatorId()).orElse(null));
        model.addAttribute("member", initiatives.isMember(i.id(), user));
        model.addAttribute("coordinates", initiatives.mayCoordinate(i, user));
        model.addAttribute("editor", permissions.isEditor(user));
    }

    private List<ResourceSpace.Published> published(List<Long> ids) {
        return ids.stream().map(resources::published).flatMap(Optional::stream).toList();
    }
}
