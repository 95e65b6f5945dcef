package org.uclg.carta.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;
import org.uclg.carta.taxonomy.Taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class MonitoringTest {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AdherenceService monitoring;

    @Autowired
    Directory directory;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void thePublicSeesTheAdherentsOfEachFrameworkWithCountsAndFilters() throws Exception {
        long gca = monitoring.adherentCounts().get("GCA");
        assertThat(gca).isPositive();
        mvc.perform(get("/fr/monitoring"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Suivi des chartes")))
                .andExpect(content().string(containsString(">" + gca + "<")));
        mvc.perform(get("/es/monitoring/frameworks/GCA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(gca + " gobiernos locales están adheridos hoy.")))
                .andExpect(content().string(containsString("Adheridos por región")));

        String json = mvc.perform(
                        get("/api/v1/monitoring/frameworks/GCA/adherents").param("region", "EUROPE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode body = JsonMapper.builder().build().readTree(json);
        assertThat(body.get("total").asLong()).isPositive().isLessThan(gca);
        body.get("items").forEach(item -> {
            assertThat(item.get("localGovernment").get("region").asString()).isEqualTo("EUROPE");
            assertThat(item.get("url").asString()).startsWith("http://carta.test/en/monitoring/frameworks/GCA#");
            assertThat(item.get("framework").asString()).isEqualTo("GCA");
        });
        String page = mvc.perform(get("/en/monitoring/frameworks/GCA").param("region", "EUROPE"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.split("<tr id=\"adherence-").length - 1)
                .isEqualTo(body.get("total").asInt());

        mvc.perform(get("/en/monitoring/frameworks/SDG")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/frameworks/NOPE/adherents"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aRepresentativeRecordsAnAdherenceForTheirOwnLocalGovernmentOnly() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        long montevideo = directory
                .search(new DirectoryQuery("Montevideo", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        long article = taxonomy.article("ECSHRC", "XVI").orElseThrow().id();
        String form = "/es/monitoring/frameworks/ECSHRC/adherences/new";
        mvc.perform(get(form).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrar una adhesión")));

        mvc.perform(post(form)
                        .with(csrf())
                        .with(user(rep))
                        .param("localGovernmentId", String.valueOf(montevideo))
                        .param("adheredOn", "2099-01-01")
                        .param("decision", "Resolución 12/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La fecha no puede estar en el futuro.")))
                .andExpect(content().string(containsString("value=\"Resolución 12/2024\"")));

        mvc.perform(post(form)
                        .with(csrf())
                        .with(user(rep))
                        .param("localGovernmentId", String.valueOf(montevideo))
                        .param("adheredOn", "2024-03-01")
                        .param("decision", "Resolución 12/2024")
                        .param("reservations[" + article + "]", "La vivienda es competencia nacional."))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(AdherenceRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.localGovernmentId()).isEqualTo(montevideo);
            assertThat(e.frameworkCode()).isEqualTo("ECSHRC");
        });
        assertThat(monitoring.ofLocalGovernment(montevideo)).anySatisfy(a -> {
            assertThat(a.frameworkCode()).isEqualTo("ECSHRC");
            assertThat(a.adheredOn()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(a.reservations()).containsEntry(article, "La vivienda es competencia nacional.");
        });
        mvc.perform(get("/en/network/local-governments/" + montevideo))
                .andExpect(content().string(containsString("Charter adherences")))
                .andExpect(content().string(containsString("/en/monitoring/frameworks/ECSHRC#adherence-")));

        mvc.perform(post(form)
                        .with(csrf())
                        .with(user(rep))
                        .param("localGovernmentId", String.valueOf(montevideo))
                        .param("adheredOn", "2024-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este gobierno local ya está adherido a este marco.")));
        long bogota = directory.findByExternalId("demo-bogota").orElseThrow().id();
        mvc.perform(post(form)
                        .with(csrf())
                        .with(user(rep))
                        .param("localGovernmentId", String.valueOf(bogota))
                        .param("adheredOn", "2024-04-01"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Solo puede registrar adhesiones de los gobiernos locales")));
        assertThat(monitoring.ofLocalGovernment(bogota))
                .noneMatch(a -> a.frameworkCode().equals("ECSHRC"));
    }

    @Test
    void aWithdrawalEndsTheAdherenceButKeepsItOnRecord() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        long id = monitoring
                .adherents("GGP", null, null, "en")
                .rows()
                .get(0)
                .adherence()
                .id();
        String url = "/fr/monitoring/adherences/" + id + "/withdraw";
        mvc.perform(post(url).with(csrf()).param("on", "2025-01-01").param("reason", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/fr/login"));
        mvc.perform(post(url)
                        .with(csrf())
                        .with(user(editor))
                        .param("on", "2025-01-01")
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le motif du retrait.")));
        // A date the binder cannot read is said on its field and shown back as typed.
        mvc.perform(post(url)
                        .with(csrf())
                        .with(user(editor))
                        .param("on", "31/12/2025")
                        .param("reason", "Vote"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(messages.getMessage("validation.date", null, java.util.Locale.FRENCH))))
                .andExpect(content().string(containsString("value=\"31/12/2025\"")))
                .andExpect(content().string(containsString(">Vote</textarea>")));
        mvc.perform(post(url)
                        .with(csrf())
                        .with(user(editor))
                        .param("on", LocalDate.now().toString())
                        .param("reason", "Nouvelle délibération du conseil"))
                .andExpect(status().is3xxRedirection());

        assertThat(monitoring.adherents("GGP", null, null, "en").rows())
                .noneMatch(a -> a.adherence().id() == id);
        assertThat(events.stream(AdherenceWithdrawn.class)).singleElement().satisfies(e -> assertThat(e.adherenceId())
                .isEqualTo(id));
        assertThat(monitoring.find(id)).get().satisfies(a -> {
            assertThat(a.current()).isFalse();
            assertThat(a.withdrawalReason()).isEqualTo("Nouvelle délibération du conseil");
        });
        mvc.perform(get("/api/v1/monitoring/frameworks/GGP/adherents").param("size", "100"))
                .andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem((int) id))));
        mvc.perform(get("/en/monitoring/adherences/999999/withdraw").with(user(editor)))
                .andExpect(status().isNotFound());
    }
}
