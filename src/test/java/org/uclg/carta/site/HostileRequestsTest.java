package org.uclg.carta.site;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.uclg.carta.CartaIntegrationTest;

/** Ordinary-looking input that used to give 500s, and error bodies as RFC 9457 wants (#13, defects 9, 13). */
@CartaIntegrationTest
class HostileRequestsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aNulCharacterInAQueryIsAClearBadRequestEverywhere() throws Exception {
        mvc.perform(get(URI.create("/api/v1/resources?q=water%00taps")).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("carácter NUL")))
                .andExpect(jsonPath("$.instance").value("/api/v1/resources"));
        mvc.perform(get(URI.create("/fr/resources?q=%00"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("caractère NUL")));
        mvc.perform(get(URI.create("/en/network?q=a%00"))).andExpect(status().isBadRequest());
        mvc.perform(post("/en/register").with(csrf()).param("email", "nul@carta.test").param("name", "A\u0000B")
                .param("password", "long-enough-1").param("confirmation", "long-enough-1"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPasswordOverBcryptsLimitIsRefusedWithAMessage() throws Exception {
        String longPassword = "é".repeat(40);
        mvc.perform(post("/fr/register").with(csrf()).param("email", "long@carta.test").param("name", "Long")
                .param("password", longPassword).param("confirmation", longPassword))
                .andExpect(status().isOk()).andExpect(content().string(containsString("72 octets au plus")));
    }

    @Test
    void aForgedHostHeaderNeverReachesARedirectOrALink() throws Exception {
        var redirect = mvc.perform(get("/en/account").header("Host", "evil.example")).andReturn().getResponse();
        org.assertj.core.api.Assertions.assertThat(redirect.getHeader("Location")).doesNotContain("evil.example");
        mvc.perform(get("/en/").header("Host", "evil.example"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evil.example"))));
        mvc.perform(get("/sitemap.xml").header("Host", "evil.example"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evil.example"))));
    }

    @Test
    void apiErrorsNameTheRealInstanceAndCarryNoNullMembers() throws Exception {
        mvc.perform(post("/api/v1/resources").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.instance").value("/api/v1/resources"))
                .andExpect(jsonPath("$.properties").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("null"))));
    }
}
