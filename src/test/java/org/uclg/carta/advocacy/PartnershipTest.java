package org.uclg.carta.advocacy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partnerships as the public, members and the secretariat see them: agreements on the partner's
 * page, the overview and the API; focal points only for signed-in members; what was done
 * together (events, campaigns) through the partner sections. Same configuration as
 * {@link InitiativeTest}, so the two share one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "carta.db.embedded-temporary=true",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.data-dir=target/test-data-initiatives-${random.uuid}",
            "carta.demo=true",
            "carta.extraction.delay-ms=3600000",
            "carta.monitoring.mail-initial-delay-ms=3600000",
            "carta.notifications.mail-initial-delay-ms=3600000",
            "carta.newsletter.initial-delay-ms=3600000",
            "carta.advocacy.mail-initial-delay-ms=3600000",
            "carta.base-url=http://carta.test",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3031",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "carta.mail.from=carta@carta.test",
            "carta.admin.email=root@carta.test",
            "carta.admin.password=root-password-1",
            "spring.task.execution.shutdown.await-termination-period=1s"
        })
@AutoConfigureMockMvc
class PartnershipTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3031, "127.0.0.1", "smtp"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private long partner(String externalId) {
        return jdbc.queryForObject("select id from partner where external_id = ?", Long.class, externalId);
    }

    @Test
    void thePublicSeesAgreementsAndWorkTogetherMembersAlsoSeeFocalPoints() throws Exception {
        long ohchr = partner("demo-ohchr");
        long rwi = partner("demo-rwi");
        long housing = partner("demo-habitat-ngo");

        // The overview: by kind, with only the agreements in force.
        mvc.perform(get("/en/network/partners"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UN body")))
                .andExpect(content().string(containsString("International organisation")))
                .andExpect(content().string(containsString("Renewed memorandum: local human rights indicators")))
                .andExpect(
                        content().string(not(containsString("Memorandum of understanding on research and training"))));
        mvc.perform(get("/es/network/partners"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Órgano de las Naciones Unidas")));

        // A partner's page: every agreement with its status, focal points hidden from the public.
        mvc.perform(get("/en/network/partners/" + rwi))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Memorandum of understanding on research and training")))
                .andExpect(content().string(containsString("ended")))
                .andExpect(content().string(containsString("in force")))
                .andExpect(content().string(containsString("Events organised together")))
                .andExpect(content().string(containsString("Focal points are shown to signed-in members")))
                .andExpect(content().string(not(containsString("i.sundqvist@rwi.example"))));
        mvc.perform(get("/fr/network/partners/" + housing))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Villes pour le droit au logement")))
                .andExpect(content().string(containsString("Publications communes")));
        long report = jdbc.queryForObject(
                "select resource_id from resource_partner where partner_id = ? limit 1", Long.class, ohchr);
        mvc.perform(get("/en/network/partners/" + ohchr))
                .andExpect(content().string(containsString("Publications together")))
                .andExpect(content().string(containsString("/en/resources/" + report)));
        mvc.perform(get("/en/resources/" + report))
                .andExpect(content().string(containsString("/en/network/partners/" + ohchr)));

        UserDetails member = users.loadUserByUsername("representative@carta.example");
        mvc.perform(get("/en/network/partners/" + ohchr).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a.diallo@ohchr.example")))
                .andExpect(content().string(not(containsString("/partnership\""))));

        // The campaigns' Atom feed, drawn by the kit's feed writer like the events' and newsletter's.
        mvc.perform(get("/fr/campaigns/updates.atom"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andExpect(content().string(containsString("<feed")))
                .andExpect(content().string(containsString("http://carta.test/fr/campaigns/")));
        mvc.perform(get("/xx/campaigns/updates.atom")).andExpect(status().isNotFound());

        // The API: public fields only, never focal points.
        mvc.perform(get("/api/v1/partners/" + ohchr))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("un-agency"))
                .andExpect(jsonPath("$.agreements[*].kind", hasItem("joint-programme")))
                .andExpect(jsonPath("$.agreements[*].active", hasItem(true)))
                .andExpect(jsonPath("$.url").value("http://carta.test/en/network/partners/" + ohchr))
                .andExpect(content().string(not(containsString("ohchr.example"))));
        mvc.perform(get("/api/v1/partners").param("kind", "international-organisation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name.en").value("International Observatory on Local Democracy"));
        mvc.perform(get("/api/v1/partners").param("kind", "spaceship")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/partners/987654"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/api/v1/partners").param("page", "2").param("size", "100000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/partners").param("page", "99999999"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void theSecretariatRecordsAnAgreementWithItsDocumentAndKeepsFocalPoints() throws Exception {
        long gwangju = partner("demo-gwangju-city");
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        UserDetails member = users.loadUserByUsername("representative@carta.example");

        mvc.perform(get("/en/network/partners/" + gwangju + "/partnership").with(user(member)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/en/network/partners/" + gwangju + "/partnership")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/network/partners/" + gwangju).with(user(editor)))
                .andExpect(content().string(containsString("/partnership\"")));

        // Wrong dates and no title: a localised error, and what was typed stays.
        mvc.perform(multipart("/fr/network/partners/" + gwangju + "/agreements/new")
                        .file(new MockMultipartFile(
                                "document", "accord.pdf", "application/pdf", "%PDF-1.4 accord".getBytes()))
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "mou")
                        .param("signedOn", "2026-03-02")
                        .param("startsOn", "2026-04-01")
                        .param("endsOn", "2025-01-01")
                        .param("reference", "GJ-2026-REF-77"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GJ-2026-REF-77")))
                .andExpect(content().string(containsString("La date de fin doit suivre la date de début")));
        mvc.perform(multipart("/en/network/partners/" + gwangju + "/agreements/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "teleport")
                        .param("signedOn", "3026-01-01")
                        .param("startsOn", "not a date")
                        .param("title.values[en]", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));

        // Hostile input: a NUL in a text part, a file that is not a PDF, a year 0, a forged language.
        mvc.perform(multipart("/en/network/partners/" + gwangju + "/agreements/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "mou")
                        .param("title.values[en]", "NUL\u0000title")
                        .param("signedOn", "2026-03-02")
                        .param("startsOn", "2026-04-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/es/network/partners/" + gwangju + "/agreements/new")
                        .file(new MockMultipartFile(
                                "document",
                                "evil.pdf",
                                "application/pdf",
                                "<html><script>alert(1)</script>".getBytes()))
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "mou")
                        .param("title.values[es]", "Acuerdo con un archivo falso")
                        .param("signedOn", "0000-01-01")
                        .param("startsOn", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indique un año entre 1945 y 2100.")))
                .andExpect(content().string(containsString("Acuerdo con un archivo falso")));
        mvc.perform(multipart("/es/network/partners/" + gwangju + "/agreements/new")
                        .file(new MockMultipartFile(
                                "document",
                                "evil.pdf",
                                "application/pdf",
                                "<html><script>alert(1)</script>".getBytes()))
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "mou")
                        .param("title.values[es]", "Acuerdo con un archivo falso")
                        .param("signedOn", "2026-01-01")
                        .param("startsOn", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El documento firmado debe ser un archivo PDF.")));
        mvc.perform(multipart("/en/network/partners/" + gwangju + "/agreements/new")
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "letter-of-intent")
                        .param("title.values[en]", "Letter of intent for the 2031 Forum")
                        .param("title.values[xx<script>]", "Injected")
                        .param("signedOn", "2026-01-01")
                        .param("startsOn", "2031-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/network/partners/" + gwangju))
                .andExpect(content().string(containsString("Letter of intent for the 2031 Forum")))
                .andExpect(content().string(containsString("not yet in force")));
        mvc.perform(get("/api/v1/partners/" + gwangju))
                .andExpect(jsonPath("$.agreements[*].status", hasItem("upcoming")))
                .andExpect(content().string(not(containsString("Injected"))));

        String location = mvc.perform(multipart("/en/network/partners/" + gwangju + "/agreements/new")
                        .file(new MockMultipartFile(
                                "document", "joint-programme.pdf", "application/pdf", "%PDF-1.4 signed".getBytes()))
                        .with(csrf())
                        .with(user(editor))
                        .param("kind", "joint-programme")
                        .param("title.values[en]", "Joint programme on human rights education in schools")
                        .param("title.values[es]", "Programa conjunto de educación en derechos humanos")
                        .param("signedOn", "2026-03-02")
                        .param("startsOn", "2026-04-01")
                        .param("endsOn", "2029-03-31")
                        .param("reference", "GJ-2026-077"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        org.assertj.core.api.Assertions.assertThat(location).endsWith("/partnership");
        long id = jdbc.queryForObject("select id from partner_agreement where reference = 'GJ-2026-077'", Long.class);
        mvc.perform(get("/es/network/partners/" + gwangju))
                .andExpect(content().string(containsString("Programa conjunto de educación en derechos humanos")))
                .andExpect(content().string(containsString("/es/partnerships/agreements/" + id + "/document")));
        mvc.perform(get("/en/partnerships/agreements/" + id + "/document"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes("%PDF-1.4 signed".getBytes()));
        mvc.perform(get("/api/v1/partners/" + gwangju))
                .andExpect(jsonPath("$.agreements[?(@.reference == 'GJ-2026-077')].title.es")
                        .value(hasItem("Programa conjunto de educación en derechos humanos")))
                .andExpect(jsonPath("$.agreements[?(@.reference == 'GJ-2026-077')].document")
                        .value(hasItem("http://carta.test/en/partnerships/agreements/" + id + "/document")));

        // An edit from a stale page is refused, keeping the text; forged ids give 404.
        mvc.perform(multipart("/en/partnerships/agreements/" + id + "/edit")
                        .with(csrf())
                        .with(user(editor))
                        .param("version", "7")
                        .param("kind", "joint-programme")
                        .param("title.values[en]", "A stale title")
                        .param("signedOn", "2026-03-02")
                        .param("startsOn", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A stale title")))
                .andExpect(content().string(containsString("Someone else saved this item")));
        mvc.perform(get("/en/partnerships/agreements/98765/edit").with(user(editor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/en/partnerships/agreements/98765/document")).andExpect(status().isNotFound());
        mvc.perform(post("/en/partnerships/agreements/98765/delete")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(status().isNotFound());

        // Focal points: a bad email is refused, a good one shows to members only.
        mvc.perform(post("/en/network/partners/" + gwangju + "/focal-points")
                        .with(csrf())
                        .with(user(editor))
                        .param("name", "Kim Soo-min")
                        .param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kim Soo-min")))
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/en/network/partners/" + gwangju + "/focal-points")
                        .with(csrf())
                        .with(user(editor))
                        .param("name", "Kim Soo-min")
                        .param("role", "Forum coordinator")
                        .param("email", "soomin.kim@gwangju.example"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/network/partners/" + gwangju).with(user(member)))
                .andExpect(content().string(containsString("soomin.kim@gwangju.example")));
        mvc.perform(get("/en/network/partners/" + gwangju))
                .andExpect(content().string(not(containsString("soomin.kim@gwangju.example"))));

        // A publication made with the partner: forged partner ids are refused, known ones listed.
        long resource = jdbc.queryForObject(
                "select min(id) from resource r where not exists (select 1 from resource_partner p where p.resource_id = r.id)"
                        + " and r.pub_state = 'PUBLISHED'",
                Long.class);
        String editPage = mvc.perform(get("/en/resources/" + resource + "/edit").with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"partnerIds\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(editPage).contains("Partner organisations involved");
        long version = jdbc.queryForObject("select version from resource where id = ?", Long.class, resource);
        String type = jdbc.queryForObject("select type from resource where id = ?", String.class, resource);
        String title = jdbc.queryForObject("select title ->> 'en' from resource where id = ?", String.class, resource);
        mvc.perform(post("/en/resources/" + resource + "/edit")
                        .with(csrf())
                        .with(user(editor))
                        .param("version", String.valueOf(version))
                        .param("type", type.toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .param("title.values[en]", title)
                        .param("originalLanguages", "en")
                        .param("partnerIds", "999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose partners from the list.")));

        // Deleting the agreement removes it and its document.
        mvc.perform(post("/en/partnerships/agreements/" + id + "/delete")
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/partnerships/agreements/" + id + "/document")).andExpect(status().isNotFound());
    }
}
