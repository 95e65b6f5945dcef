package org.uclg.carta.library;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.library.resource.Resources;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What search engines and other sites read: sitemap, schema.org, OpenGraph, related items. */
@CartaIntegrationTest
class PublishingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Resources resources;

    @Test
    void theSitemapListsEveryPublicPageInEveryLanguage() throws Exception {
        long id = resources
                .findByExternalId("demo-res-housing-bogota")
                .orElseThrow()
                .id();
        mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<loc>http://carta.test/es/resources/" + id + "</loc>")))
                .andExpect(content()
                        .string(containsString("hreflang=\"fr\" href=\"http://carta.test/fr/resources/" + id + "\"")))
                .andExpect(content().string(containsString("/en/frameworks/GCA/articles/X</loc>")))
                .andExpect(content().string(containsString("/fr/network/local-governments/")))
                .andExpect(content().string(containsString("<loc>http://carta.test/es/action-plan</loc>")));
    }

    @Test
    void aResourcePageDescribesItselfAndListsRelatedResources() throws Exception {
        long id = resources
                .findByExternalId("demo-res-housing-bogota")
                .orElseThrow()
                .id();
        mvc.perform(get("/en/resources/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<script type=\"application/ld+json\">")))
                .andExpect(content().string(containsString("\"@type\":\"CreativeWork\"")))
                .andExpect(content()
                        .string(containsString(
                                "<meta property=\"og:title\" content=\"District policy for decent housing")))
                .andExpect(content().string(containsString("Related resources")))
                .andExpect(content().string(containsString("id=\"related-title\"")));
    }
}
