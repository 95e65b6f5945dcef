package org.uclg.carta.library;

import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.library.imports.ResourceImportJobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import cut short by a crash (its job row still "running" when the platform starts) is shown
 * to the editor as stopped with nothing saved, instead of a page that vanished or runs for ever.
 */
@CartaIntegrationTest
class ImportRestartTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DataSource dataSource;

    @Autowired
    ResourceImportJobs jobs;

    @Test
    void anImportRunningWhenThePlatformStoppedIsShownAsStoppedAfterTheRestart() throws Exception {
        String id = UUID.randomUUID().toString();
        JdbcClient.create(dataSource).sql("""
                insert into resource_import_job (id, state, total, started_at) values (?, 'running', 120, now())""").param(id).update();

        jobs.markInterrupted(); // what the next start does

        mvc.perform(get("/fr/resources/import/" + id).with(user(users.loadUserByUsername("editor@carta.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L'import s'est arrêté : rien n'a été enregistré.")))
                .andExpect(content().string(containsString("La plateforme a redémarré pendant l'import.")))
                .andExpect(content().string(containsString("0 lignes écrites sur 120")));
        mvc.perform(get("/en/resources/import/" + "x".repeat(35) + "\u0000")
                        .with(user(users.loadUserByUsername("editor@carta.example"))))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(400, 404));
    }
}
