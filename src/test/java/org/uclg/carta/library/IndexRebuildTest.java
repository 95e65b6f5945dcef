package org.uclg.carta.library;

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
import org.uclg.carta.kit.events.StalledWork;
import org.uclg.carta.library.search.IndexRebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin rebuilds the search index; a rebuild cut short by a stop runs again. */
@CartaIntegrationTest
class IndexRebuildTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StalledWork stalled;

    @Test
    void anAdminStartsARebuildAndWatchesItFinish() throws Exception {
        UserDetails admin = users.loadUserByUsername(CartaIntegrationTest.ADMIN_EMAIL);
        mvc.perform(post("/en/admin/search-index").with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> rebuild.progress().state().equals("done") && unfinished() == 0);
        mvc.perform(get("/fr/admin/search-index").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Index de recherche")));
    }

    @Test
    void aRebuildInterruptedByAStopRunsAgain() {
        // What the registry holds when the platform stopped before the rebuild finished; at the
        // next start Spring Modulith submits it again, as the page of background work does here.
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                values (?, ?, ?, ?, ?, 'PUBLISHED')""")
                .param(UUID.randomUUID())
                .param(
                        "org.uclg.carta.library.search.IndexRebuild.on(org.uclg.carta.library.search.IndexRebuildRequested)")
                .param("org.uclg.carta.library.search.IndexRebuildRequested")
                .param("{\"requestedAt\":\"2026-12-07T03:00:00Z\"}")
                .param(Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))))
                .update();
        stalled.resubmit(null);
        await().atMost(Duration.ofSeconds(60)).until(() -> unfinished() == 0);
        assertThat(rebuild.progress().state()).isEqualTo("done");
    }

    private long unfinished() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and event_type like ?")
                .param("%IndexRebuildRequested")
                .query(Long.class)
                .single();
    }
}
