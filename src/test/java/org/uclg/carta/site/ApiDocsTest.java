package org.uclg.carta.site;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiDescriptionCoversEveryApiEndpointAndSaysWhichNeedAToken() throws Exception {
        String body = mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode doc = JsonMapper.builder().build().readTree(body);
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("info").get("title").asString()).isEqualTo("Carta API");
        JsonNode paths = doc.get("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/resources",
                        "/api/v1/resources/{id}",
                        "/api/v1/resources/{id}/files",
                        "/api/v1/local-governments",
                        "/api/v1/local-governments/{id}",
                        "/api/v1/frameworks",
                        "/api/v1/frameworks/{code}");
        assertThat(paths.get("/api/v1/resources").get("get").has("security")).isFalse();
        assertThat(paths.get("/api/v1/resources").get("post").get("security").toString())
                .contains("token");
        assertThat(paths.get("/api/v1/resources").get("get").get("parameters").toString())
                .contains("\"q\"", "\"page\"", "\"size\"", "\"sort\"");
        assertThat(doc.get("components")
                        .get("securitySchemes")
                        .get("token")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    @Test
    void aReadablePageSitsBesideTheJsonAndLoadsNothingFromOutside() throws Exception {
        mvc.perform(get("/api/docs/ui.html")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/api/docs/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("swagger-ui-bundle.js").doesNotContain("https://", "http://");
        String init = mvc.perform(get("/api/docs/swagger-ui/swagger-initializer.js"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(init).contains("/api/docs").doesNotContain("petstore");
        mvc.perform(get("/api/docs/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
        String home = mvc.perform(get("/en/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("href=\"/api/docs/ui.html\"");
    }
}
