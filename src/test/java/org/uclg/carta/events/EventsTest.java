package org.uclg.carta.events;

import java.io.StringReader;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calendar, event pages, feeds and the API, as visitors, editors and API clients see them. */
@CartaIntegrationTest
class EventsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void theCalendarListsUpcomingEventsSoonestFirstAndFiltersThemByTheUrl() throws Exception {
        mvc.perform(get("/en/events"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Working group on the right to housing")))
                .andExpect(content().string(containsString("World Human Rights Cities Forum")))
                .andExpect(content().string(not(containsString("Regional meeting for Africa")))) // a draft
                .andExpect(content().string(not(containsString("Annual meeting of the Committee")))); // past
        mvc.perform(get("/es/events").param("when", "past"))
                .andExpect(content().string(containsString("Reunión anual de la Comisión")));
        mvc.perform(get("/fr/events").param("kind", "learning").param("language", "fr"))
                .andExpect(content().string(containsString("Atelier : construire des indicateurs locaux")))
                .andExpect(content().string(not(containsString("Groupe de travail sur le droit au logement"))));
        mvc.perform(get("/en/events").param("attendance", "online").param("country", "SN"))
                .andExpect(content().string(containsString("No event matches these filters.")));
        mvc.perform(get("/en/events").param("kind", "party")).andExpect(status().isBadRequest());
        mvc.perform(get("/en/events").param("month", "2026-13")).andExpect(status().isBadRequest());
        mvc.perform(get("/en/events").param("article", "x")).andExpect(status().isBadRequest());
        mvc.perform(get("/en/events").param("page", "99999999")).andExpect(status().isBadRequest());
        mvc.perform(get("/en/events").param("region", "A\u0000B")).andExpect(status().isBadRequest());
    }

    @Test
    void theMonthIsATableThatWorksWithoutJavaScript() throws Exception {
        String month = java.time.YearMonth.now().plusMonths(1).toString();
        mvc.perform(get("/fr/events/month").param("month", month))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<table class=\"table table-bordered month-table\">")))
                .andExpect(content().string(containsString("<th scope=\"col\"><abbr title=\"lundi\">")));
    }

    @Test
    void anEventPageSaysWhenInItsOwnZoneAndDescribesItselfAsSchemaOrgEvent() throws Exception {
        MvcResult page =
                mvc.perform(get("/en/events/3")).andExpect(status().isOk()).andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html)
                .contains("Asia/Seoul (UTC+09:00)", "Kim Dae-jung Convention Center", "Raoul Wallenberg Institute");
        assertThat(html).contains("\"@type\":\"Event\"", "\"startDate\":\"", "+09:00\"", "EventScheduled");
        assertThat(html).contains("12 of 12 seats taken, 3 on the waiting list");
        mvc.perform(get("/en/events/13")).andExpect(status().isNotFound()); // the draft, for the public
        mvc.perform(get("/en/events/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/en/events/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/es/events/12"))
                .andExpect(content().string(containsString("Este evento está cancelado.")))
                .andExpect(content().string(containsString("La ponente principal no puede asistir")));
    }

    @Test
    void feedsAreValidICalendarAndAtom() throws Exception {
        String ics = mvc.perform(get("/fr/events.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(calendar.getComponents("VEVENT")).hasSizeGreaterThan(5);
        assertThat(calendar.getComponents("VTIMEZONE")).isNotEmpty();
        VEvent forum = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(v -> v.getSummary().getValue().startsWith("Forum mondial"))
                .findFirst()
                .orElseThrow();
        assertThat(forum.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Seoul");
        String one = mvc.perform(get("/en/events/12/event.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        new CalendarBuilder().build(new StringReader(one)).validate();
        assertThat(one).contains("STATUS:CANCELLED");
        mvc.perform(get("/es/events.atom"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<feed")))
                .andExpect(content().string(containsString("Foro Mundial de Ciudades por los Derechos Humanos")));
    }

    @Test
    void theApiFollowsTheListConventions() throws Exception {
        mvc.perform(get("/api/v1/events").param("kind", "forum").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items[0].kind").value("forum"))
                .andExpect(jsonPath("$.items[0].timeZone").value("Asia/Seoul"))
                .andExpect(jsonPath(
                        "$.items[0].start", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00")))
                .andExpect(jsonPath("$.items[0].title.es", containsString("Foro Mundial")))
                .andExpect(jsonPath("$.items[0].registration.state").value("full"))
                .andExpect(jsonPath("$.items[0].registration.capacity").value(12))
                .andExpect(jsonPath("$.items[0].registration.confirmed").value(12))
                .andExpect(jsonPath("$.items[0].registration.waiting").value(3))
                .andExpect(jsonPath("$.items[0].url").value("http://carta.test/en/events/3"));
        mvc.perform(get("/api/v1/events").param("when", "past"))
                .andExpect(jsonPath("$.items[*].state", everyItem(is("published"))));
        mvc.perform(get("/api/v1/events/1"))
                .andExpect(jsonPath("$.sessions.length()").value(12))
                .andExpect(jsonPath("$.sessions[0].room").value("Grand Hall"))
                .andExpect(jsonPath("$.sessions[0].start", matchesPattern(".*T09:30:00\\+09:00")))
                .andExpect(jsonPath("$.sessions[0].speakers[0].role").value("moderator"));
        mvc.perform(get("/api/v1/events/4")).andExpect(jsonPath("$.sessions").doesNotExist());
        mvc.perform(get("/api/v1/events/13")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events").param("kind", "party"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void editorsWriteEventsThroughTheApiWithTheFormsRules() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        String body = """
                {"kind":"learning","title":{"es":"Taller de indicadores"},"start":"2027-03-02T10:00:00-03:00",
                 "end":"2027-03-02T12:00:00-03:00","timeZone":"America/Montevideo","online":"https://meet.demo.carta.example/42",
                 "languages":["es"],"registration":{"mode":"open","capacity":30}}""";
        mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        String created = mvc.perform(post("/api/v1/events")
                        .with(user(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("draft"))
                .andExpect(jsonPath("$.start").value("2027-03-02T10:00:00-03:00"))
                .andExpect(jsonPath("$.registration.capacity").value(30))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/events/" + id)
                        .with(user(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("12:00:00", "09:00:00")
                                .replace("\"online\":\"https://meet.demo.carta.example/42\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.endDate").exists())
                .andExpect(jsonPath("$.errors.city").exists());
        mvc.perform(post("/api/v1/events")
                        .with(user(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("America/Montevideo", "Mars/Olympus")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/events")
                        .with(user(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSecretariatCreatesAnEventInOneFormAndLosesNothingTypedOnAnError() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        mvc.perform(post("/es/events/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "debate")
                        .param("title.values[es]", "Debate sobre <script>alert(1)</script> vivienda")
                        .param("startDate", "2027-05-10")
                        .param("startTime", "18:00")
                        .param("endDate", "2027-05-09")
                        .param("endTime", "20:00")
                        .param("timeZone", "America/Bogota")
                        .param("capacity", "0")
                        .param("organisers", "lg:999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El evento no puede terminar antes de empezar.")))
                .andExpect(content().string(containsString("Indique un lugar, una ciudad o un enlace en línea.")))
                .andExpect(content().string(containsString("Indique un número de plazas entre 1 y 100 000.")))
                .andExpect(content().string(containsString("Debate sobre &lt;script")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        String location = mvc.perform(post("/es/events/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "debate")
                        .param("title.values[es]", "Debate sobre vivienda asequible")
                        .param("startDate", "2027-05-10")
                        .param("startTime", "18:00")
                        .param("endDate", "2027-05-10")
                        .param("endTime", "20:00")
                        .param("timeZone", "America/Bogota")
                        .param("city", "Bogotá")
                        .param("country", "CO")
                        .param("registrationMode", "open")
                        .param("capacity", "25"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location)).andExpect(status().isNotFound()); // a draft, for the public
        mvc.perform(post(location + "/publish").with(csrf()).with(user(editor))).andExpect(status().is3xxRedirection());
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Debate sobre vivienda asequible")))
                .andExpect(content().string(containsString("America/Bogota (UTC-05:00)")));
        mvc.perform(get("/api/v1/events").param("country", "co")).andExpect(jsonPath("$.total", greaterThan(0)));
    }

    @Test
    void theSiteSearchFindsEventsAndSessionsInAnyLanguage() throws Exception {
        mvc.perform(get("/fr/search").param("q", "logement"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Groupe de travail sur le droit au logement")))
                .andExpect(content().string(containsString("/fr/forum/sessions/")));
        mvc.perform(get("/es/search").param("q", "%_"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/es/events/1\""))));
    }
}
