package org.uclg.carta.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Forged values in typed forms (ids that are not numbers, broken dates) come back as form errors. */
@CartaIntegrationTest
class HostileFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void forgedIdsAndDatesAreRefusedOnTheForm() throws Exception {
        var editor = users.loadUserByUsername("editor@carta.example");
        mvc.perform(post("/en/monitoring/indicators/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("code", "X-1")
                        .param("name.values[en]", "Forged")
                        .param("unit", "%")
                        .param("kind", "number")
                        .param("direction", "higher")
                        .param("articleIds", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Some fields need your attention.")));
        mvc.perform(post("/en/monitoring/frameworks/GCA/adherences/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("localGovernmentId", "not-a-number")
                        .param("adheredOn", "2024-02-30")
                        .param("reservations[abc]", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")))
                .andExpect(content().string(containsString("value=\"2024-02-30\"")));
        mvc.perform(post("/en/monitoring/frameworks/GCA/cycles/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("title.values[en]", "Cycle")
                        .param("periodStart", "2025-13-01")
                        .param("deadline", "9999999-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Some fields need your attention.")));
    }
}
