package org.uclg.carta.events;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.accounts.CartaUser;
import org.uclg.carta.accounts.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The call for proposals: a city proposes in Spanish, reviewers score blind, the secretariat accepts into the programme. */
@CartaIntegrationTest
class ProposalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.uclg.carta.events.calendar.EventService events;

    @Autowired
    TestAccounts accounts;

    @Test
    void aProposalGoesFromSubmissionThroughBlindReviewIntoTheProgramme() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        CartaUser first = accounts.create("reviewer-one@carta.test", "password-12345");
        CartaUser second = accounts.create("reviewer-two@carta.test", "password-12345");
        mvc.perform(post("/en/forum/3/call")
                        .with(csrf())
                        .with(user(editor))
                        .param("opensOn", java.time.LocalDate.now().minusDays(1).toString())
                        .param(
                                "closesOn",
                                java.time.LocalDate.now().plusDays(20).toString())
                        .param("formats", "thematic", "workshop")
                        .param("guidance.values[en]", "Start from a local practice.")
                        .param("reviewers", "reviewer-one@carta.test\nReviewer-Two@carta.test"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/es/forum/3/proposals")
                        .with(csrf())
                        .with(user(rep))
                        .param("title", "")
                        .param("summary", "Algo")
                        .param("format", "plenary"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este campo es obligatorio.")))
                .andExpect(content().string(containsString(">Algo</textarea>")));
        String location = mvc.perform(post("/es/forum/3/proposals")
                        .with(csrf())
                        .with(user(rep))
                        .param("title", "Cooperativas de vivienda y derecho a la ciudad")
                        .param("summary", "Montevideo presenta cincuenta años de cooperativas de ayuda mutua.")
                        .param("format", "thematic")
                        .param("language", "es"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String path = location.substring(3);
        mvc.perform(get("/es" + path).with(user(users.loadUserByUsername("admin@carta.test"))))
                .andExpect(status().isOk());
        mvc.perform(get("/en" + path)).andExpect(status().isNotFound());
        mvc.perform(post("/en" + path + "/review")
                        .with(csrf())
                        .with(user(first))
                        .param("score", "4")
                        .param("comment", "Strong local evidence"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en" + path).with(user(second)))
                .andExpect(content().string(not(containsString("Strong local evidence"))))
                .andExpect(content().string(containsString("appear once you have sent yours")));
        mvc.perform(post("/en" + path + "/review")
                        .with(csrf())
                        .with(user(second))
                        .param("score", "9"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/en" + path + "/review")
                        .with(csrf())
                        .with(user(second))
                        .param("score", "5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en" + path).with(user(second)))
                .andExpect(content().string(containsString("Strong local evidence")));
        mvc.perform(get("/es" + path).with(user(rep)))
                .andExpect(content().string(not(containsString("Strong local evidence"))));
        mvc.perform(post("/en" + path + "/decide")
                        .with(csrf())
                        .with(user(first))
                        .param("decision", "accept"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/en" + path + "/decide")
                        .with(csrf())
                        .with(user(editor))
                        .param("decision", "accept"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/es" + path).with(user(rep))).andExpect(content().string(containsString("Aceptada")));
        mvc.perform(get("/en/forum/3").param("day", firstDay().toString()).with(user(editor)))
                .andExpect(content().string(containsString("Cooperativas de vivienda y derecho a la ciudad")));
        mvc.perform(get("/en/forum/3").param("day", firstDay().toString()))
                .andExpect(content().string(not(containsString("Cooperativas de vivienda y derecho a la ciudad"))));
        UserDetails admin = users.loadUserByUsername("admin@carta.test");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> mvc.perform(get("/en/admin/mail").with(user(admin)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("Su propuesta está aceptada: Cooperativas de vivienda"));
    }

    /** The first day of the demo's next Forum edition (event 3), in its own zone: the demo follows today's date. */
    private java.time.LocalDate firstDay() {
        return events.visible(3, org.uclg.carta.kit.security.Actor.ANONYMOUS)
                .start()
                .toLocalDate();
    }
}
