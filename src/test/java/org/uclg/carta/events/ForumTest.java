package org.uclg.carta.events;

import java.io.StringReader;

import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Forum's programme as visitors, signed-in people and the secretariat see it. */
@CartaIntegrationTest
class ForumTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.uclg.carta.events.calendar.EventService events;

    @Test
    void eachDayIsATableByTimeAndRoomWithItsSessionsAndSpeakers() throws Exception {
        mvc.perform(get("/en/forum"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("World Human Rights Cities Forum")));
        String html = mvc.perform(get("/fr/forum/1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("<table class=\"table table-bordered timetable\">", "<th scope=\"col\">Grand Hall</th>");
        assertThat(html)
                .contains("<th scope=\"row\">09:30</th>", "Ouverture : les villes et la Déclaration universelle");
        assertThat(html).contains("(12 sessions)");
        mvc.perform(get("/en/forum/1").param("day", "1999-01-01")).andExpect(status().isNotFound());
        mvc.perform(get("/en/forum/1").param("day", "tomorrow")).andExpect(status().isBadRequest());
        mvc.perform(get("/en/forum/4")).andExpect(status().isNotFound()); // an event, not an edition
        mvc.perform(get("/es/forum/sessions/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Apertura: las ciudades y la Declaración Universal")))
                .andExpect(content().string(containsString("(moderación)")))
                .andExpect(content().string(containsString("Asia/Seoul (UTC+09:00)")));
        mvc.perform(get("/en/forum/speakers/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dr. Min-seo Han")))
                .andExpect(content().string(containsString("Fictional person.")));
        mvc.perform(get("/en/forum/sessions/999999")).andExpect(status().isNotFound());
    }

    @Test
    void signedInPeopleBuildTheirAgendaAndSubscribeToItPrivately() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        mvc.perform(post("/en/forum/sessions/2/agenda").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/en/forum/sessions/2/agenda").with(csrf()).with(user(rep)))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/en/forum/agenda").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Affordable housing and evictions")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String feed = page.replaceAll("(?s).*href=\"(/en/forum/agenda\\.ics\\?[^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        String ics = mvc.perform(get(java.net.URI.create(feed)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        new CalendarBuilder().build(new StringReader(ics)).validate();
        assertThat(ics).contains("SUMMARY:Affordable housing and evictions", "DTSTART;TZID=Asia/Seoul:");
        mvc.perform(get(java.net.URI.create(feed.replaceAll("token=[^&]+", "token=forged"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(java.net.URI.create(feed.replace("representative%40carta.example", "editor%40carta.example"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/en/forum/sessions/2/agenda").with(csrf()).with(user(rep)));
        mvc.perform(get("/en/forum/agenda").with(user(rep)))
                .andExpect(content().string(not(containsString("Affordable housing and evictions"))));
        String programme = mvc.perform(get("/es/forum/1/programme.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        new CalendarBuilder().build(new StringReader(programme)).validate();
        assertThat(programme).contains("SUMMARY:Vivienda asequible y desalojos");
    }

    @Test
    void theSecretariatAddsASessionToTheProgrammeAndItsRulesHold() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        mvc.perform(get("/en/forum/3/sessions/new")
                        .with(user(users.loadUserByUsername("representative@carta.example"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/es/forum/3/sessions/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("format", "workshop")
                        .param("title.values[es]", "Taller sobre memoria")
                        .param("day", firstDay().toString())
                        .param("startTime", "15:00")
                        .param("endTime", "14:00")
                        .param("roomId", "999999")
                        .param("speakerIds", "424242"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El evento no puede terminar antes de empezar.")))
                .andExpect(content().string(containsString("Elija un valor de la lista.")))
                .andExpect(content().string(containsString("value=\"Taller sobre memoria\"")));
        String location = mvc.perform(post("/es/forum/3/sessions/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("format", "workshop")
                        .param("published", "true")
                        .param("title.values[es]", "Taller sobre memoria y espacio público")
                        .param("day", firstDay().plusDays(1).toString())
                        .param("startTime", "15:00")
                        .param("endTime", "16:30")
                        .param("speakerIds", "2")
                        .param("moderatorIds", "5"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location))
                .andExpect(content().string(containsString("Taller sobre memoria y espacio público")))
                .andExpect(content().string(containsString("Elena Marchetti")));
        mvc.perform(post("/en/forum/3/setup")
                        .with(csrf())
                        .with(user(editor))
                        .param("rooms", "Grand Hall\nRoom 201\nRoom 202\nMedia Lab\nGarden")
                        .param("tracks.en", "Democracy\nSocial rights\nInclusive cities"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/forum/3").param("day", firstDay().plusDays(1).toString()))
                .andExpect(content().string(containsString("<th scope=\"col\">Garden</th>")))
                .andExpect(content().string(containsString("Taller sobre memoria y espacio público")));
    }

    /** The first day of the demo's next Forum edition (event 3), in its own zone: the demo follows today's date. */
    private java.time.LocalDate firstDay() {
        return events.visible(3, org.uclg.carta.kit.security.Actor.ANONYMOUS)
                .start()
                .toLocalDate();
    }
}
