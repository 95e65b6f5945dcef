package org.uclg.carta.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.monitoring.commitment.CommitmentService;
import org.uclg.carta.monitoring.commitment.CommitmentView;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;
import org.uclg.carta.taxonomy.Taxonomy;

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

@CartaIntegrationTest
class CommitmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CommitmentService commitments;

    @Autowired
    Directory directory;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void representativesManageTheirOwnCommitmentsAndInternalOnesStayInternal() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        long montevideo = directory
                .search(new DirectoryQuery("Montevideo", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        long bogota = directory.findByExternalId("demo-bogota").orElseThrow().id();
        long water = taxonomy.article("GCA", "XI").orElseThrow().id();
        String form = "/es/monitoring/local-governments/" + montevideo + "/commitments/new";

        mvc.perform(get("/es/monitoring/local-governments/" + bogota + "/commitments/new")
                        .with(user(rep)))
                .andExpect(status().isForbidden());
        mvc.perform(post(form)
                        .with(csrf())
                        .with(user(rep))
                        .param("title.values[es]", "Agua para todos")
                        .param("startsOn", "2025-01-01")
                        .param("endsOn", "2024-01-01")
                        .param("budget", "mucho"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El fin no puede ser anterior al inicio.")))
                .andExpect(content().string(containsString("Introduzca un importe")))
                .andExpect(content().string(containsString("Vincule el compromiso al menos a un artículo.")))
                .andExpect(content().string(containsString("Agua para todos")));

        mvc.perform(post(form)
                        .with(csrf())
                        .with(user(rep))
                        .param("title.values[es]", "Agua para todos")
                        .param("department", "Servicio de aguas")
                        .param("startsOn", "2025-01-01")
                        .param("endsOn", "2027-12-31")
                        .param("target", "100 % de hogares")
                        .param("budget", "1250000,50")
                        .param("currency", "uyu")
                        .param("articleIds", String.valueOf(water))
                        .param("_open", "on")
                        .param("open", "on"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(form)
                        .with(csrf())
                        .with(user(rep))
                        .param("title.values[es]", "Plan interno de auditoría")
                        .param("articleIds", String.valueOf(water))
                        .param("_open", "on"))
                .andExpect(status().is3xxRedirection());

        assertThat(commitments.of(montevideo, null))
                .extracting(c -> c.title().get("es"))
                .contains("Agua para todos")
                .doesNotContain("Plan interno de auditoría");
        CommitmentView saved = commitments.of(montevideo, null).stream()
                .filter(c -> c.title().get("es").equals("Agua para todos"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.currency()).isEqualTo("UYU");
        assertThat(saved.budget()).isEqualByComparingTo("1250000.50");

        mvc.perform(get("/en/monitoring/local-governments/" + montevideo))
                .andExpect(content().string(containsString("Agua para todos")))
                .andExpect(content().string(not(containsString("Plan interno de auditoría"))));
        mvc.perform(get("/es/frameworks/GCA/articles/XI"))
                .andExpect(content().string(containsString("Agua para todos")))
                .andExpect(content().string(not(containsString("Plan interno de auditoría"))));
        long internal = commitments.of(montevideo, null).size();
        mvc.perform(get("/api/v1/monitoring/local-governments/" + montevideo))
                .andExpect(jsonPath("$.commitments.length()").value((int) internal))
                .andExpect(jsonPath("$.commitments[?(@.title.es == 'Plan interno de auditoría')]")
                        .isEmpty());
        mvc.perform(get("/en/network/local-governments/" + montevideo))
                .andExpect(content().string(containsString("/en/monitoring/local-governments/" + montevideo)));

        String edit = "/en/monitoring/commitments/" + saved.id() + "/edit";
        mvc.perform(get(edit).with(user(users.loadUserByUsername("editor@carta.example"))))
                .andExpect(status().isOk());
        mvc.perform(post(edit)
                        .with(csrf())
                        .with(user(rep))
                        .param("title.values[es]", "Agua para todos, versión 2")
                        .param("articleIds", String.valueOf(water))
                        .param("version", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved")));
        mvc.perform(post("/en/monitoring/commitments/" + saved.id() + "/delete")
                        .with(csrf())
                        .with(user(rep)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/monitoring/commitments/" + saved.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/local-governments/999999")).andExpect(status().isNotFound());
    }
}
