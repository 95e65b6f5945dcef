package org.uclg.carta.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy (public address https, plain http to Carta, no forwarded headers trusted):
 * the session cookie is Secure and every answer carries HSTS (#13, defect 14).
 */
@CartaIntegrationTest
@TestPropertySource(properties = {"carta.base-url=https://carta.example", "carta.demo=false"})
class HttpsBehindProxyTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var login = get("/en/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=")
                .contains("Secure")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(login.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000");
        assertThat(get("/api/v1/resources").headers().firstValue("Strict-Transport-Security"))
                .isPresent();
        // Links and redirects use the public address, never the Host header.
        assertThat(login.body()).doesNotContain("http://localhost");
    }
}
