package org.uclg.carta.events;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Debates as participants, representatives, moderators and API clients see them. */
@CartaIntegrationTest
class DebateTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Directory directory;

    @Test
    void aDebateShowsPositionsRepliesAndTheHiddenPlaceKept() throws Exception {
        mvc.perform(get("/en/debates"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("How can local governments guarantee the right to the city")));
        mvc.perform(get("/es/debates/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En nombre de Barcelona")))
                .andExpect(content().string(containsString("Graz has a similar rule")))
                .andExpect(content().string(containsString("Oculto por la moderación")))
                .andExpect(content().string(not(containsString("www.spam.example"))));
        mvc.perform(get("/api/v1/debates/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("open"))
                .andExpect(jsonPath("$.contributions[3].hidden").value(true))
                .andExpect(jsonPath("$.contributions[3].text").doesNotExist())
                .andExpect(jsonPath("$.contributions[2].replyTo").value(1));
        mvc.perform(get("/api/v1/debates/2"))
                .andExpect(jsonPath("$.state").value("closed"))
                .andExpect(jsonPath("$.conclusion.cites.length()").value(2));
        mvc.perform(get("/api/v1/debates/999")).andExpect(status().isNotFound());
    }

    @Test
    void aRepresentativeSpeaksForTheirLocalGovernmentOnlyAndModeratorsHideWithAReason() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        long other = directory.findByExternalId("demo-bogota").orElseThrow().id();
        long own = directory
                .search(new DirectoryQuery("Montevideo", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        mvc.perform(post("/en/debates/1/contributions").with(csrf()).param("body", "Not signed in"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/en/debates/1/contributions")
                        .with(csrf())
                        .with(user(rep))
                        .param("body", "  ")
                        .param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post("/en/debates/1/contributions")
                        .with(csrf())
                        .with(user(rep))
                        .param("body", "For another city")
                        .param("language", "en")
                        .param("localGovernmentId", String.valueOf(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a value from the list.")))
                .andExpect(content().string(containsString("For another city")));
        String location = mvc.perform(post("/en/debates/1/contributions")
                        .with(csrf())
                        .with(user(rep))
                        .param("body", "Montevideo's cooperatives <b>work</b>.")
                        .param("language", "en")
                        .param("localGovernmentId", String.valueOf(own)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*#contribution-", ""));
        String page = mvc.perform(get("/en/debates/1").with(user(rep)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Montevideo's cooperatives &lt;b&gt;work&lt;/b&gt;.")
                .contains("For Montevideo");
        mvc.perform(post("/en/debates/contributions/" + id + "/edit")
                        .with(csrf())
                        .with(user(rep))
                        .param("debate", "1")
                        .param("body", "Montevideo's cooperatives work well.")
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/en/debates/contributions/" + id + "/edit")
                        .with(csrf())
                        .with(user(editor))
                        .param("debate", "1")
                        .param("body", "Hijacked")
                        .param("language", "en"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/en/debates/contributions/" + id + "/report")
                        .with(csrf())
                        .with(user(editor))
                        .param("debate", "1")
                        .param("reason", "test"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/en/debates/contributions/" + id + "/hide")
                        .with(csrf())
                        .with(user(rep))
                        .param("reason", "no"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/en/debates/contributions/" + id + "/hide")
                        .with(csrf())
                        .with(user(editor))
                        .param("reason", "Off topic"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/debates/1"))
                .andExpect(content().string(containsString("Hidden by moderation — Off topic")))
                .andExpect(content().string(not(containsString("cooperatives work well"))));
        mvc.perform(post("/en/debates/1/conclude")
                        .with(csrf())
                        .with(user(editor))
                        .param("conclusion.values[en]", "Cooperatives and quotas.")
                        .param("cited", String.valueOf(id)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/debates/1")).andExpect(content().string(not(containsString("Cooperatives and quotas."))));
    }
}
