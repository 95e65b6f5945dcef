package org.uclg.carta.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.accounts.CartaUser;
import org.uclg.carta.accounts.TestAccounts;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.library.resource.CaseStudySections;
import org.uclg.carta.library.resource.ResourceData;
import org.uclg.carta.library.resource.ResourceService;
import org.uclg.carta.library.resource.ResourceType;
import org.uclg.carta.notifications.inbox.NoticeMail;
import org.uclg.carta.taxonomy.ArticleRef;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Follows and notices as people live them, with the emails through a real SMTP server (GreenMail). */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "carta.db.embedded-temporary=true",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.data-dir=target/test-data-notices-${random.uuid}",
            "carta.demo=true",
            "carta.extraction.delay-ms=3600000",
            "carta.monitoring.mail-initial-delay-ms=3600000",
            "carta.notifications.mail-initial-delay-ms=3600000",
            "carta.base-url=http://carta.test",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3027",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "carta.mail.from=carta@carta.test",
            "carta.admin.email=root@carta.test",
            "carta.admin.password=root-password-1",
            "spring.task.execution.shutdown.await-termination-period=1s"
        })
@AutoConfigureMockMvc
class NotificationsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3027, "127.0.0.1", "smtp"));

    static final Actor EDITOR = new Actor("editor@carta.example", true, false, false, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    ResourceService resources;

    @Autowired
    NoticeMail mail;

    @Test
    void aFollowedArticleBringsTheNewResourceToTheCentreByEmailAndInTheDailyDigestOnly() throws Exception {
        CartaUser rep = accounts.create("lectrice@carta.test", "password-12345", "fr");
        CartaUser reader = accounts.create("digest-reader@carta.test", "password-12345");
        CartaUser idle = accounts.create("idle-reader@carta.test", "password-12345");
        ArticleRef housing = taxonomy.findArticles("housing", 5).get(0);

        // The representative follows the article from its page and wants such news at once.
        mvc.perform(get("/fr" + housing.path()).with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-pressed=\"false\">Suivre<")));
        mvc.perform(post("/fr/me/follows")
                        .with(csrf())
                        .with(user(rep))
                        .param("target", "article")
                        .param("id", String.valueOf(housing.id()))
                        .param("back", housing.path()))
                .andExpect(redirectedUrl("/fr" + housing.path()));
        mvc.perform(get("/fr" + housing.path()).with(user(rep)))
                .andExpect(content().string(containsString("aria-pressed=\"true\">Suivi<")));
        mvc.perform(post("/fr/me/notifications/preferences")
                        .with(csrf())
                        .with(user(rep))
                        .param("channels[resource-published]", "EMAIL")
                        .param("channels[event-published]", "WEEKLY"))
                .andExpect(redirectedUrl("/fr/me/notifications/preferences"));
        // Another person follows it too and keeps the default, the daily digest.
        mvc.perform(post("/en/me/follows")
                        .with(csrf())
                        .with(user(reader))
                        .param("target", "article")
                        .param("id", String.valueOf(housing.id())))
                .andExpect(redirectedUrl("/en/me/follows"));

        long resource = resources.create(
                new ResourceData(
                        ResourceType.GUIDE,
                        TranslatableText.of(
                                "Guide du logement coopératif",
                                "Cooperative housing guide",
                                "Guía de vivienda cooperativa"),
                        TranslatableText.empty(),
                        TranslatableText.of(null, "How mutual-aid cooperatives build homes.", null),
                        CaseStudySections.empty(),
                        Set.of("en"),
                        LocalDate.of(2026, 11, 20),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        Set.of()),
                List.of(housing.id()),
                null,
                EDITOR);
        resources.submit(resource, EDITOR);
        resources.publish(resource, EDITOR);

        Awaitility.await()
                .untilAsserted(() -> mvc.perform(get("/fr/me/notifications").with(user(rep)))
                        .andExpect(content().string(containsString("Guide du logement coopératif")))
                        .andExpect(content().string(containsString("Nouvelle ressource")))
                        .andExpect(content().string(containsString("1 notification non lue"))));

        // The email at once, in French, with the link to the resource.
        assertThat(mail.sendDue("now")).isEqualTo(1);
        MimeMessage[] sent = smtp.getReceivedMessages();
        assertThat(sent).hasSize(1);
        assertThat(sent[0].getAllRecipients()[0].toString()).isEqualTo("lectrice@carta.test");
        assertThat(sent[0].getSubject()).isEqualTo("Carta : Nouvelle ressource — Guide du logement coopératif");
        assertThat(GreenMailUtil.getBody(sent[0])).contains("http://carta.test/fr/resources/" + resource);
        assertThat(mail.sendDue("now")).isZero();

        // The digest goes to the one person with news, once, and to nobody else.
        Awaitility.await()
                .untilAsserted(() -> mvc.perform(get("/en/me/notifications").with(user(reader)))
                        .andExpect(content().string(containsString("Cooperative housing guide"))));
        assertThat(mail.sendDue("daily")).isEqualTo(1);
        assertThat(mail.sendDue("daily")).isZero();
        sent = smtp.getReceivedMessages();
        assertThat(sent).hasSize(2);
        assertThat(sent[1].getAllRecipients()[0].toString()).isEqualTo("digest-reader@carta.test");
        assertThat(sent[1].getSubject()).isEqualTo("Carta: 1 new item today");
        assertThat(GreenMailUtil.getBody(sent[1])).contains("Cooperative housing guide");
        mvc.perform(get("/en/me/notifications").with(user(idle)))
                .andExpect(content().string(containsString("No notifications yet.")));

        // Following the notice marks it read; someone else's notice does not exist for them.
        String page = mvc.perform(get("/fr/me/notifications").with(user(rep)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("href=\"/fr/me/notifications/(\\d+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String notice = m.group(1);
        mvc.perform(get("/en/me/notifications/" + notice).with(user(reader))).andExpect(status().isNotFound());
        mvc.perform(get("/fr/me/notifications/" + notice).with(user(rep)))
                .andExpect(redirectedUrl("/fr/resources/" + resource));
        mvc.perform(get("/fr/me/notifications").with(user(rep)))
                .andExpect(content().string(containsString("aucune notification non lue")));

        // The API gives the same notice to its owner only.
        mvc.perform(get("/api/v1/me/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me/notifications").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("resource-published"))
                .andExpect(jsonPath("$.items[0].title.es").value("Guía de vivienda cooperativa"))
                .andExpect(jsonPath("$.items[0].read").value(true))
                .andExpect(jsonPath("$.items[0].url").value("http://carta.test/en/resources/" + resource));

        // My follows list it and let one stop.
        mvc.perform(get("/es/me/follows").with(user(rep)))
                .andExpect(content().string(containsString(housing.frameworkCode() + " · " + housing.number())));
        mvc.perform(post("/es/me/follows")
                        .with(csrf())
                        .with(user(rep))
                        .param("target", "article")
                        .param("id", String.valueOf(housing.id()))
                        .param("action", "unfollow")
                        .param("back", "/me/follows"))
                .andExpect(redirectedUrl("/es/me/follows"));
        mvc.perform(get("/es/me/follows").with(user(rep)))
                .andExpect(content().string(containsString("Todavía no sigue nada.")));
    }

    @Test
    void myCartaShowsTheOpenCycleRegistrationsAndWhatWaitsForEditors() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        mvc.perform(get("/fr/me").with(user(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mon Carta")))
                .andExpect(content().string(containsString("Rapports attendus")))
                .andExpect(content().string(containsString("Montevideo")));
        mvc.perform(get("/en/me").with(user(users.loadUserByUsername("editor@carta.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for me")));
        mvc.perform(get("/en/me")).andExpect(status().is3xxRedirection());
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    org.uclg.carta.monitoring.Reporting reporting;

    @Autowired
    org.uclg.carta.network.Directory directory;

    @Test
    void aReturnedReportReachesTheRepresentativeByEmailWhateverTheirSettings() throws Exception {
        UserDetails rep = users.loadUserByUsername("representative@carta.example");
        long montevideo = directory
                .search(new org.uclg.carta.network.DirectoryQuery("Montevideo", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        // The demo representative hears of everything in the centre only; a mandatory notice ignores that.
        long cycle = reporting.dueFor(List.of(montevideo)).get(0).cycleId();
        long report = reporting.awaitingReview().get(0).reportId();
        tx.executeWithoutResult(
                s -> publisher.publishEvent(new org.uclg.carta.monitoring.ReportReturned(report, montevideo, cycle)));
        Awaitility.await().untilAsserted(() -> mvc.perform(
                        get("/fr/me/notifications").with(user(rep)))
                .andExpect(content().string(containsString("Avis obligatoire")))
                .andExpect(content().string(containsString("Rapport de Montevideo renvoyé avec des commentaires"))));
        int before = smtp.getReceivedMessages().length;
        mail.sendDue("now");
        MimeMessage[] sent = smtp.getReceivedMessages();
        assertThat(sent).hasSizeGreaterThan(before);
        MimeMessage last = sent[sent.length - 1];
        assertThat(last.getAllRecipients()[0].toString()).isEqualTo("representative@carta.example");
        assertThat(last.getSubject()).startsWith("Carta : Rapport de Montevideo renvoyé avec des commentaires — ");
    }

    @Test
    void forgedFollowsAndPreferencesAreRefusedWithoutAnError() throws Exception {
        CartaUser someone = accounts.create("forger@carta.test", "password-12345");
        mvc.perform(post("/en/me/follows")
                        .with(csrf())
                        .with(user(someone))
                        .param("target", "article")
                        .param("id", "987654321"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/en/me/follows")
                        .with(csrf())
                        .with(user(someone))
                        .param("target", "planet")
                        .param("id", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/en/me/follows")
                        .with(csrf())
                        .with(user(someone))
                        .param("target", "local-government")
                        .param("id", "1")
                        .param("back", "//evil.example/steal"))
                .andExpect(redirectedUrl("/en/me/follows"));
        mvc.perform(post("/en/me/follows")
                        .with(csrf())
                        .with(user(someone))
                        .param("target", "event")
                        .param("id", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/en/me/notifications/preferences")
                        .with(csrf())
                        .with(user(someone))
                        .param("channels[resource-published]", "LOUDSPEAKER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the options offered")));
        mvc.perform(get("/en/me/notifications?page=99999999").with(user(someone)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
