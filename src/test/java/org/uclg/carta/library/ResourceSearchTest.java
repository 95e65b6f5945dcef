package org.uclg.carta.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.library.resource.CaseStudySections;
import org.uclg.carta.library.resource.ResourceData;
import org.uclg.carta.library.resource.ResourceService;
import org.uclg.carta.library.resource.ResourceType;
import org.uclg.carta.library.resource.Resources;
import org.uclg.carta.library.search.FacetLabels;
import org.uclg.carta.library.search.IndexRebuild;
import org.uclg.carta.library.search.ResourceQuery;
import org.uclg.carta.library.search.ResourceSearch;
import org.uclg.carta.library.search.SearchResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourceSearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceSearch search;

    @Autowired
    FacetLabels labels;

    @Autowired
    ResourceService service;

    @BeforeAll
    void someResourcesOfOurOwn() {
        publish(
                "t-energy",
                ResourceType.PUBLICATION,
                TranslatableText.of("Économies d'énergie dans les logements sociaux", null, null),
                TranslatableText.empty(),
                "fr");
        publish(
                "t-title",
                ResourceType.GUIDE,
                TranslatableText.of(null, "Quokka monitoring guide", null),
                TranslatableText.empty(),
                "en");
        publish(
                "t-body",
                ResourceType.GUIDE,
                TranslatableText.of(null, "A field manual", null),
                TranslatableText.of(null, "Everything about the quokka, page after page.", null),
                "en");
    }

    private void publish(String id, ResourceType type, TranslatableText title, TranslatableText body, String lang) {
        service.upsertPublished(
                id,
                new ResourceData(
                        type,
                        title,
                        TranslatableText.empty(),
                        body,
                        CaseStudySections.empty(),
                        Set.of(lang),
                        LocalDate.of(2025, 1, 1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        Set.of()),
                List.of(),
                null);
    }

    private SearchResults find(String text, String lang) {
        return find(new ResourceQuery(text, null, null, null, null, null, null, null, null, null, null, 1, 20), lang);
    }

    private SearchResults find(ResourceQuery q, String lang) {
        return labels.label(search.search(q, lang), q, lang);
    }

    private static List<String> titles(SearchResults r, String lang) {
        return r.hits().stream().map(h -> h.resource().title().in(lang).text()).toList();
    }

    @Autowired
    org.uclg.carta.taxonomy.Taxonomy taxonomy;

    @Test
    void aCorrectedArticleLabelFindsTheResourcesTaggedWithIt() throws Exception {
        var article = taxonomy.article("GCA", "XII").orElseThrow();
        service.upsertPublished(
                "t-tagged",
                new ResourceData(
                        ResourceType.GUIDE,
                        TranslatableText.of(null, "Urban planning handbook", null),
                        TranslatableText.empty(),
                        TranslatableText.empty(),
                        CaseStudySections.empty(),
                        Set.of("en"),
                        LocalDate.of(2025, 1, 1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        Set.of()),
                List.of(article.id()),
                null);
        TranslatableText before = article.label();
        try {
            taxonomy.correctLabel("GCA", "XII", before.with("en", before.get("en") + " Zorblaxian"), true);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .untilAsserted(() ->
                            assertThat(titles(find("zorblaxian", "en"), "en")).contains("Urban planning handbook"));
        } finally {
            taxonomy.correctLabel("GCA", "XII", before, article.verified());
        }
    }

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    Resources resources;

    @Test
    void rebuildingTheIndexFromTheDatabaseGivesTheSameResults() throws Exception {
        SearchResults before = find("", "en");
        List<Long> idsBefore =
                before.hits().stream().map(h -> h.resource().id()).toList();
        List<String> vivienda = titles(find("vivienda", "es"), "es");
        rebuild.runNow();
        SearchResults after = find("", "en");
        assertThat(after.total()).isEqualTo(before.total()).isEqualTo(resources.countPublished());
        assertThat(after.hits().stream().map(h -> h.resource().id()).toList()).isEqualTo(idsBefore);
        assertThat(after.facets()).isEqualTo(before.facets());
        assertThat(titles(find("vivienda", "es"), "es")).isEqualTo(vivienda);
    }

    @Test
    void theNightlyMergeKeepsEveryResultAndUpdatesStillShow() {
        SearchResults before = find("vivienda", "es");
        rebuild.mergeSegments();
        SearchResults after = find("vivienda", "es");
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(titles(after, "es")).isEqualTo(titles(before, "es"));
        assertThat(after.facets()).isEqualTo(before.facets());
        publish(
                "t-merged",
                ResourceType.GUIDE,
                TranslatableText.of(null, "Numbat census after the merge", null),
                TranslatableText.empty(),
                "en");
        assertThat(titles(find("numbat", "en"), "en")).containsExactly("Numbat census after the merge");
    }

    @Test
    void wordsWithoutAccentsFindAccentedText() {
        assertThat(titles(find("politica", "es"), "es"))
                .contains("Política distrital de vivienda digna y barrios incluyentes");
        assertThat(titles(find("economie", "fr"), "fr")).contains("Économies d'énergie dans les logements sociaux");
        assertThat(titles(find("participacion", "en"), "es")).isNotEmpty();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertThat(titles(find("logements", "fr"), "fr"))
                .contains("Politique de logement digne et de quartiers inclusifs");
        assertThat(titles(find("neighbourhood", "en"), "en"))
                .contains("District policy for decent housing and inclusive neighbourhoods");
    }

    @Test
    void titlesWeighMoreThanBodies() {
        assertThat(titles(find("quokka", "en"), "en")).containsExactly("Quokka monitoring guide", "A field manual");
    }

    @Test
    void hitsCarryHighlightedPassages() {
        SearchResults r = find("quokka", "en");
        assertThat(r.hits().get(1).highlights()).anySatisfy(p -> assertThat(p).contains("<mark>quokka</mark>"));
        // Only passages where the words are: a hit found by its title alone shows none.
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.highlights())
                .allSatisfy(p -> assertThat(p).contains("<mark>")));
    }

    @Test
    void aPassageOfALongSentenceIsAShortRunOfWholeWordsAroundTheMatch() {
        String before = "the neighbourhood assembly met every month in the old market hall ".repeat(6);
        String after = "and the council answered each question in writing within thirty days ".repeat(6);
        String body = before + "wombat " + after.strip();
        publish(
                "t-long",
                ResourceType.GUIDE,
                TranslatableText.of(null, "Assembly minutes", null),
                TranslatableText.of(null, body, null),
                "en");
        String passage = find("wombat", "en").hits().get(0).highlights().get(0);
        assertThat(passage).contains("<mark>wombat</mark>");
        String text = passage.replace("<mark>", "")
                .replace("</mark>", "")
                .replace("…", "")
                .strip();
        assertThat(text.length()).isBetween(40, 200);
        assertThat(" " + body + " ").contains(" " + text + " ");
    }

    @Test
    void passagesShowTheTextWithoutItsMarkdown() {
        publish(
                "t-markdown",
                ResourceType.GUIDE,
                TranslatableText.of(null, "Service charter", null),
                TranslatableText.of(
                        null, "Start with an **okapi** audit made _with_ [user groups](https://example.org).", null),
                "en");
        String passage = find("okapi", "en").hits().get(0).highlights().get(0);
        assertThat(passage)
                .contains("Start with an <mark>okapi</mark> audit made with")
                .doesNotContain("*", "_", "[");
    }

    @Test
    void facetsCountTheWholeResultAndFiltersNarrowIt() {
        SearchResults all = find("", "fr");
        Map<String, List<SearchResults.Facet>> facets = all.facets();
        assertThat(facets.get("type")).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("case-study");
            assertThat(f.label()).isEqualTo("Étude de cas");
        });
        assertThat(facets.get("region")).anySatisfy(f -> assertThat(f.label()).isEqualTo("Amérique latine"));
        assertThat(facets.get("framework"))
                .anySatisfy(f -> assertThat(f.label()).isEqualTo("Objectifs de développement durable"));
        long caseStudies = facets.get("type").stream()
                .filter(f -> f.value().equals("case-study"))
                .findFirst()
                .orElseThrow()
                .count();

        SearchResults narrowed = find(
                new ResourceQuery(
                        null, List.of("case-study"), null, null, null, null, null, null, null, null, null, 1, 20),
                "fr");
        assertThat(narrowed.total()).isEqualTo(caseStudies);
        assertThat(narrowed.hits())
                .allSatisfy(h -> assertThat(h.resource().type()).isEqualTo(ResourceType.CASE_STUDY));

        SearchResults latamPolicies = find(
                new ResourceQuery(
                        null,
                        List.of("policy"),
                        null,
                        null,
                        List.of("LATAM"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        1,
                        20),
                "es");
        assertThat(latamPolicies.hits()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.resource().type()).isEqualTo(ResourceType.POLICY);
            assertThat(h.resource().region()).isEqualTo("LATAM");
        });
    }

    @Test
    void theSearchPageIsAShareableUrlAndWorksWithHtmx() throws Exception {
        mvc.perform(get("/es/resources?q=vivienda+digna&type=policy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>")))
                .andExpect(content().string(containsString("Política distrital")))
                .andExpect(content().string(containsString("name=\"type\" value=\"policy\"")));
        mvc.perform(get("/en/resources?q=quokka").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Quokka monitoring guide")));
        mvc.perform(get("/en/resources?q=%22unclosed&year=abc&article=x")).andExpect(status().isOk());
    }

    @Test
    void titlesAreSuggestedWhileTyping() throws Exception {
        mvc.perform(get("/en/resources/suggest?q=quok"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quokka monitoring guide")));
        mvc.perform(get("/es/resources/suggest?q=politica+distr"))
                .andExpect(content().string(containsString("Política distrital de vivienda digna")));
        mvc.perform(get("/en/resources/suggest?q=%22(")).andExpect(status().isOk());
    }

    @Test
    void theApiTakesTheSameParametersAndReturnsFacetsAndHighlights() throws Exception {
        mvc.perform(get("/api/v1/resources?q=vivienda+digna&lang=es&size=5"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.size")
                        .value(5))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.items[0].highlights[0]")
                        .value(containsString("<mark>")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.facets.type[0].label")
                        .isString())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.facets.type[0].count")
                        .isNumber())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].url")
                        .value(containsString("/resources/")));
    }
}
