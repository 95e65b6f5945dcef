package org.uclg.carta.kit.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.taxonomy.Taxonomy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Work a listener never finished (here: a reindex cut short by a stop) is listed and run again. */
@CartaIntegrationTest
class StalledWorkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void anAdminSeesUnfinishedWorkAndRunsItAgain() throws Exception {
        long article = taxonomy.article("GCA", "I").orElseThrow().id();
        UUID id = UUID.randomUUID();
        // What Spring Modulith leaves behind when the platform stops before the listener finished.
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                values (?, ?, ?, ?, ?, 'PUBLISHED')""")
                .param(id)
                .param("org.uclg.carta.library.search.TermsReindex.on(org.uclg.carta.taxonomy.ArticleLabelCorrected)")
                .param("org.uclg.carta.taxonomy.ArticleLabelCorrected")
                .param("{\"articleId\":" + article + "}")
                .param(Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))))
                .update();
        UserDetails admin = users.loadUserByUsername(CartaIntegrationTest.ADMIN_EMAIL);

        mvc.perform(get("/fr/admin/background-work").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Travaux en arrière-plan à terminer")))
                .andExpect(content().string(containsString("ArticleLabelCorrected")))
                .andExpect(content().string(containsString("TermsReindex.on")))
                .andExpect(content().string(containsString(id.toString())));

        mvc.perform(post("/en/admin/background-work")
                        .with(csrf())
                        .with(user(admin))
                        .param("id", "not-an-id"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/en/admin/background-work")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("editor@carta.example")))
                        .param("id", id.toString()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/es/admin/background-work")
                        .with(csrf())
                        .with(user(admin))
                        .param("id", id.toString()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where id = ? and completion_date is null")
                                .param(id)
                                .query(Long.class)
                                .single()
                        == 0);
        mvc.perform(get("/es/admin/background-work").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id.toString()))));
    }
}
