package org.uclg.carta.library;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.library.resource.Resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Stored text written to break the page it appears on (#13, defects 6 and 7). */
@CartaIntegrationTest
class HostileContentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Resources resources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Markdown markdown;

    @Test
    void aTitleOpeningACommentInsideJsonLdDoesNotHideThePage() throws Exception {
        long id =
                resources.findByExternalId("demo-res-water-dakar").orElseThrow().id();
        jdbc.sql("update resource set title = jsonb_set(title, '{en}', to_jsonb(?::text)) where id = ?")
                .params("Water <!--<script> & </script> taps", id)
                .update();
        String page = mvc.perform(get("/en/resources/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String jsonLd = page.substring(
                page.indexOf("application/ld+json"), page.indexOf("</script>", page.indexOf("application/ld+json")));
        assertThat(jsonLd)
                .contains("Water \\u003c!--\\u003cscript\\u003e \\u0026 \\u003c/script\\u003e taps")
                .doesNotContain("<!--")
                .doesNotContain("<script");
        assertThat(page).contains("</footer>");
    }

    @Test
    void markdownKeepsOnlyWebMailAndRelativeLinks() {
        String html = markdown.toHtml("[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
                + "[b](javascript:alert(1)) [c](vbscript:x) [d](https://example.org/x) [e](mailto:a@example.org) "
                + "[f](/en/resources) [g](DATA:text/html,x)");
        assertThat(html)
                .doesNotContainIgnoringCase("data:")
                .doesNotContain("javascript:")
                .doesNotContain("vbscript:")
                .contains("href=\"https://example.org/x\"")
                .contains("href=\"mailto:a@example.org\"")
                .contains("href=\"/en/resources\"");
    }
}
