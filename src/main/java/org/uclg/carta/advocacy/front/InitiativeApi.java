package org.uclg.carta.advocacy.front;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.initiative.InitiativeState;
import org.uclg.carta.advocacy.initiative.InitiativeView;
import org.uclg.carta.advocacy.initiative.Initiatives;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.BadRequestException;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Taxonomy;

/** Public initiatives and working groups: what they are for, who takes part, what they produced. */
@RestController
class InitiativeApi {

    private final Initiatives initiatives;
    private final CampaignService campaigns;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final String pagesUrl;

    InitiativeApi(
            Initiatives initiatives,
            CampaignService campaigns,
            Directory directory,
            Taxonomy taxonomy,
            CartaProperties props) {
        this.initiatives = initiatives;
        this.campaigns = campaigns;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/initiatives")
    Map<String, Object> list(
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        List<InitiativeState> states = state.isEmpty()
                ? List.of(InitiativeState.ACTIVE, InitiativeState.CLOSED)
                : List.of(InitiativeState.ofCode(state)
                        .filter(InitiativeState::isPublic)
                        .orElseThrow(() -> new BadRequestException("error.parameter.invalid")));
        Paging paging = Paging.of(page, size, 20, 100);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", initiatives.count(states));
        body.put("page", paging.page());
        body.put("size", paging.size());
        body.put(
                "items",
                initiatives.list(states, paging).stream().map(this::json).toList());
        return body;
    }

    @GetMapping("/api/v1/initiatives/{id}")
    Map<String, Object> one(@PathVariable long id) {
        InitiativeView i = initiatives.published(id).orElseThrow(NotFoundException::new);
        Map<String, Object> m = json(i);
        m.put(
                "members",
                directory.findAll(initiatives.members(id)).stream()
                        .map(lg -> Map.of("id", lg.id(), "name", lg.name().values(), "url", url(lg.path())))
                        .toList());
        m.put(
                "outputs",
                i.data().outputIds().stream().map(r -> url("/resources/" + r)).toList());
        m.put(
                "campaigns",
                campaigns.ofInitiative(id).stream()
                        .map(c -> Map.of("id", c.id(), "url", url(c.path())))
                        .toList());
        return m;
    }

    private Map<String, Object> json(InitiativeView i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("kind", i.data().kind().code());
        m.put("state", i.state().code());
        m.put("title", i.data().title().values());
        m.put("purpose", i.data().purpose().values());
        m.put("activities", i.data().activities().values());
        m.put(
                "coordinator",
                directory
                        .find(i.coordinatorId())
                        .map(lg -> Map.of("id", lg.id(), "name", lg.name().values(), "url", url(lg.path())))
                        .orElse(null));
        m.put("memberCount", initiatives.members(i.id()).size());
        m.put(
                "articles",
                taxonomy.articles(i.data().articleIds()).stream()
                        .map(a -> a.frameworkCode() + " " + a.number())
                        .toList());
        m.put("createdAt", CampaignApi.iso(i.createdAt()));
        m.put("url", url(i.path()));
        return m;
    }

    private String url(String path) {
        return pagesUrl + path;
    }
}
