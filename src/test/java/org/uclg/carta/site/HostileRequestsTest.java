package org.uclg.carta.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ordinary-looking input that used to give 500s, and error bodies as RFC 9457 wants (#13, defects 9, 13). */
@CartaIntegrationTest
class HostileRequestsTest {

    @Autowired
    MockMvc mvc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /** Through the real server: what Tomcat answers before Spring sees the request. */
    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept-Language", "es")
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] pdf(String text) throws java.io.IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                        12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A request no HTTP client library would send. */
    private String raw(String path) throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyApiErrorFromTheServerIsProblemJsonWithTheRealInstance() throws Exception {
        var unknown = send("GET", "/api/v1/nothing-here");
        org.assertj.core.api.Assertions.assertThat(unknown.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(
                        unknown.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(unknown.body())
                .contains("\"instance\":\"/api/v1/nothing-here\"")
                .contains("Página no encontrada");
        var method = send("DELETE", "/api/v1/local-governments");
        org.assertj.core.api.Assertions.assertThat(method.statusCode()).isIn(401, 403, 405);
        org.assertj.core.api.Assertions.assertThat(
                        method.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(method.body())
                .contains("\"instance\":\"/api/v1/local-governments\"");
        var patch = send("TRACE", "/api/v1/taxonomy/frameworks");
        org.assertj.core.api.Assertions.assertThat(patch.statusCode()).isEqualTo(405);
        org.assertj.core.api.Assertions.assertThat(patch.body())
                .contains("\"instance\":\"/api/v1/taxonomy/frameworks\"");

        String longQuery = "/api/v1/resources?q=" + "derecho+".repeat(2000);
        var tooLong = send("GET", longQuery);
        org.assertj.core.api.Assertions.assertThat(tooLong.statusCode()).isBetween(400, 431);
        org.assertj.core.api.Assertions.assertThat(
                        tooLong.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(tooLong.body())
                .doesNotContain("Apache Tomcat")
                .contains("\"status\"");
        // A request line Tomcat reads but refuses, off the API: its short page, without its version.
        String badPage = raw("/es/resources/%ZZ");
        org.assertj.core.api.Assertions.assertThat(badPage)
                .startsWith("HTTP/1.1 400")
                .doesNotContain("Tomcat/");
        org.assertj.core.api.Assertions.assertThat(raw("/api/v1/resources/%ZZ"))
                .startsWith("HTTP/1.1 400")
                .contains("application/problem+json")
                .contains("\"instance\":\"/api/v1/resources/%ZZ\"");
    }

    @Test
    void anApiUploadWithoutLanguageIsAcceptedAndWithoutAFileIsAClearBadRequest() throws Exception {
        var editor = users.loadUserByUsername("editor@carta.example");
        int id = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(get("/api/v1/resources").param("size", "1"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[0].id");
        var pdf = new org.springframework.mock.web.MockMultipartFile(
                "file", "sans-langue.pdf", "application/pdf", pdf("Un rapport sans langue declaree."));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/api/v1/resources/" + id + "/files")
                                .file(pdf)
                                .with(csrf())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(editor)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("pending"));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/api/v1/resources/" + id + "/files")
                                .param("language", "fr")
                                .with(csrf())
                                .header("Accept-Language", "es")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(editor)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").value("/api/v1/resources/" + id + "/files"))
                .andExpect(jsonPath("$.errors.file").value(containsString("archivo")));
    }

    @Test
    void aNulCharacterInAJsonBodyIsAClearBadRequest() throws Exception {
        var editor = users.loadUserByUsername("editor@carta.example");
        mvc.perform(post("/api/v1/local-governments")
                        .with(csrf())
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(editor))
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": {\"fr\": \"Ville\\u0000rbanne\"}, \"type\": \"city\", \"country\": \"FR\","
                                + " \"region\": \"EUROPE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("caractère NUL")));
        mvc.perform(post("/api/v1/resources")
                        .with(csrf())
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"guide\", \"title\": {\"en\": \"A\"}, \"themes\": [\"x\\u0000y\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("NUL character")));
    }

    @Test
    void aNulCharacterInAQueryIsAClearBadRequestEverywhere() throws Exception {
        mvc.perform(get(URI.create("/api/v1/resources?q=water%00taps")).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("carácter NUL")))
                .andExpect(jsonPath("$.instance").value("/api/v1/resources"));
        mvc.perform(get(URI.create("/fr/resources?q=%00")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("caractère NUL")));
        mvc.perform(get(URI.create("/en/network?q=a%00"))).andExpect(status().isBadRequest());
        mvc.perform(post("/en/register")
                        .with(csrf())
                        .param("email", "nul@carta.test")
                        .param("name", "A\u0000B")
                        .param("password", "long-enough-1")
                        .param("confirmation", "long-enough-1"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPasswordOverBcryptsLimitIsRefusedWithAMessage() throws Exception {
        String longPassword = "é".repeat(40);
        mvc.perform(post("/fr/register")
                        .with(csrf())
                        .param("email", "long@carta.test")
                        .param("name", "Long")
                        .param("password", longPassword)
                        .param("confirmation", longPassword))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("72 octets au plus")));
    }

    @Test
    void aForgedHostHeaderNeverReachesARedirectOrALink() throws Exception {
        var redirect = mvc.perform(get("/en/account").header("Host", "evil.example"))
                .andReturn()
                .getResponse();
        org.assertj.core.api.Assertions.assertThat(redirect.getHeader("Location"))
                .doesNotContain("evil.example");
        mvc.perform(get("/en/").header("Host", "evil.example"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evil.example"))));
        mvc.perform(get("/sitemap.xml").header("Host", "evil.example"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evil.example"))));
    }

    @Test
    void apiErrorsNameTheRealInstanceAndCarryNoNullMembers() throws Exception {
        mvc.perform(post("/api/v1/resources")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.instance").value("/api/v1/resources"))
                .andExpect(jsonPath("$.properties").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("null"))));
    }
}
