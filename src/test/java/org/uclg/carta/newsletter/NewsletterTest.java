package org.uclg.carta.newsletter;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.newsletter.sending.IssueSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The newsletter as a reader and an editor live it, through a real SMTP server (GreenMail). */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "carta.db.embedded-temporary=true",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.data-dir=target/test-data-newsletter-${random.uuid}",
            "carta.demo=true",
            "carta.extraction.delay-ms=3600000",
            "carta.monitoring.mail-initial-delay-ms=3600000",
            "carta.notifications.mail-initial-delay-ms=3600000",
            "carta.newsletter.initial-delay-ms=3600000",
            "carta.newsletter.rate=1000",
            "carta.base-url=http://carta.test",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3028",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "carta.mail.from=carta@carta.test",
            "carta.admin.email=root@carta.test",
            "carta.admin.password=root-password-1",
            "spring.task.execution.shutdown.await-termination-period=1s"
        })
@AutoConfigureMockMvc
class NewsletterTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3028, "127.0.0.1", "smtp"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IssueSender sender;

    @Autowired
    JdbcTemplate jdbc;

    private MimeMessage mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private String confirmFromHome(String email, String lang) throws Exception {
        mvc.perform(post("/" + lang + "/newsletter")
                        .with(csrf())
                        .param("email", email)
                        .param("language", lang)
                        .param("topics", "learning", "meeting")
                        .param("regions", "LATAM")
                        .param("website", ""))
                .andExpect(redirectedUrl("/" + lang + "/newsletter"));
        Awaitility.await().until(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }));
        String body = GreenMailUtil.getBody(mailTo(email)).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = Pattern.compile("http://carta.test(/" + lang + "/newsletter/confirm\\?\\S+)")
                .matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aSpanishReaderSubscribesConfirmsReceivesAnIssueAndUnsubscribesInOneClick() throws Exception {
        // From the home page, in Spanish.
        mvc.perform(get("/es/"))
                .andExpect(content().string(containsString("Manténgase al día")))
                .andExpect(content().string(containsString("action=\"/es/newsletter\"")));
        String confirm = confirmFromHome("lectora@carta.test", "es");
        assertThat(mailTo("lectora@carta.test").getSubject()).isEqualTo("Confirme su suscripción al boletín de Carta");
        mvc.perform(get(URI.create(confirm)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Suscripción confirmada")));
        mvc.perform(get(URI.create(confirm.replaceAll("t=[^&]+", "t=forged"))))
                .andExpect(content().string(containsString("Este enlace no funciona")));
        // A French reader, for whom the issue has no French text yet.
        mvc.perform(get(URI.create(confirmFromHome("lecteur@carta.test", "fr"))))
                .andExpect(status().isOk());

        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        String manage = mvc.perform(post("/en/newsletter/issues")
                        .with(csrf())
                        .with(user(editor))
                        .param("subject.values[en]", "December: the Forum programme is out")
                        .param("subject.values[es]", "Diciembre: ya está el programa del Foro")
                        .param("body.values[en]", "The **programme** of the next Forum is online.")
                        .param("body.values[es]", "El **programa** del próximo Foro está en línea.")
                        .param("latestResources", "2")
                        .param("upcomingEvents", "2"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String issuePath = manage.substring(3, manage.length() - "/manage".length());
        mvc.perform(get("/es" + issuePath + "/preview?in=es&format=text").with(user(editor)))
                .andExpect(content().string(containsString("Diciembre: ya está el programa del Foro")))
                .andExpect(content().string(containsString("Novedades en el Espacio de recursos")));
        mvc.perform(get("/en" + issuePath)).andExpect(status().isNotFound());
        mvc.perform(post("/en" + issuePath + "/schedule")
                        .with(csrf())
                        .with(user(editor))
                        .param("when", "now"))
                .andExpect(redirectedUrl(manage));
        // Someone clicking Subscribe many times, a script filling the trap: neither reaches anyone.
        mvc.perform(post("/es/newsletter")
                        .with(csrf())
                        .param("email", "robot@carta.test")
                        .param("website", "http://spam"))
                .andExpect(redirectedUrl("/es/newsletter"));

        // Everyone confirmed, the demo's fictional subscribers included, and nobody else.
        int audience = jdbc.queryForObject("select count(*) from subscriber where state = 'confirmed'", Integer.class);
        assertThat(sender.sendDue()).isEqualTo(audience);
        MimeMessage letter = mailTo("lectora@carta.test");
        assertThat(letter.getSubject()).isEqualTo("Diciembre: ya está el programa del Foro");
        String unsubscribe = letter.getHeader("List-Unsubscribe")[0];
        assertThat(letter.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(GreenMailUtil.getBody(letter)).contains("programa");
        MimeMessage french = mailTo("lecteur@carta.test");
        assertThat(french.getSubject()).isEqualTo("December: the Forum programme is out");
        assertThat(GreenMailUtil.getBody(french).replace("=\r\n", ""))
                .contains("pas encore disponible dans votre langue");
        assertThat(sender.sendDue()).isZero();

        // The mail client's one-click unsubscribe: a POST with no session and no CSRF token.
        mvc.perform(post(URI.create(unsubscribe
                                .substring(1, unsubscribe.length() - 1)
                                .replace("http://carta.test", "")))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se ha dado de baja")));
        assertThat(jdbc.queryForObject("select state from subscriber where email = 'lectora@carta.test'", String.class))
                .isEqualTo("unsubscribed");

        // The archive, its feed and the API show the sent issue.
        mvc.perform(get("/es/newsletter"))
                .andExpect(content().string(containsString("Diciembre: ya está el programa del Foro")));
        mvc.perform(get("/es" + issuePath)).andExpect(content().string(containsString("El <strong>programa</strong>")));
        mvc.perform(get("/fr/newsletter.atom"))
                .andExpect(content().string(containsString("December: the Forum programme is out")));
        mvc.perform(get("/api/v1/newsletter/issues"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].subject.es").value("Diciembre: ya está el programa del Foro"));
        mvc.perform(get("/en" + issuePath + "/manage").with(user(editor)))
                .andExpect(content().string(containsString("Sent: " + audience)))
                .andExpect(content().string(containsString("Unsubscribed after receiving it: 1")));

        // A second issue: the unsubscribed reader gets nothing, nor does one whose letter was claimed
        // when the server died (it is never sent twice).
        long second = jdbc.queryForObject("""
                insert into newsletter_issue (subject, body, state, scheduled_at, created_by, created_at)
                values ('{"en":"January"}', '{"en":"Happy new year."}', 'scheduled', now(), 'editor@carta.example', now())
                returning id""", Long.class);
        jdbc.update("""
                insert into issue_delivery (issue_id, subscriber_id, state, at)
                select ?, id, 'sending', now() from subscriber where email = 'lecteur@carta.test'""", second);
        long toThem = Arrays.stream(smtp.getReceivedMessages())
                .filter(NewsletterTest::toOneOfUs)
                .count();
        assertThat(sender.sendDue()).isEqualTo(audience - 2);
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .filter(NewsletterTest::toOneOfUs)
                        .count())
                .isEqualTo(toThem);
        assertThat(jdbc.queryForObject("select state from newsletter_issue where id = ?", String.class, second))
                .isEqualTo("sent");
    }

    private static boolean toOneOfUs(MimeMessage m) {
        try {
            String to = m.getAllRecipients()[0].toString();
            return to.equals("lectora@carta.test") || to.equals("lecteur@carta.test");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    @Test
    void theApiStartsTheOptInAndRefusesFloodsAndBadAddresses() throws Exception {
        mvc.perform(post("/api/v1/newsletter/subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"api-reader@carta.test\", \"language\": \"fr\", \"topics\": [\"un\"]}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/newsletter/subscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"not an address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        int status = 0;
        for (int i = 0; i < 12 && status != 429; i++) {
            status = mvc.perform(post("/api/v1/newsletter/subscriptions")
                            .with(r -> {
                                r.setRemoteAddr("203.0.113.9");
                                return r;
                            })
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\": \"flood" + i + "@carta.test\"}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        assertThat(status).isEqualTo(429);
        assertThat(jdbc.queryForObject(
                        "select state from subscriber where email = 'api-reader@carta.test'", String.class))
                .isEqualTo("pending");
    }

    @Test
    void editorsImportSubscribersWithTheirConsentAndSuppressBounces() throws Exception {
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "subscribers.csv",
                "text/csv",
                "email,language,topics,consent_at,source\nana@carta.test,es,learning,2024-03-01T10:00:00+01:00,forum-2024\nnot-an-email,fr,,2024-03-01T10:00:00+01:00,\n"
                        .getBytes());
        mvc.perform(multipart("/en/newsletter/subscribers")
                        .file(bad)
                        .with(csrf())
                        .with(user(editor))
                        .param("action", "import"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported")));
        assertThat(jdbc.queryForObject("select count(*) from subscriber where email = 'ana@carta.test'", Long.class))
                .isZero();
        MockMultipartFile good = new MockMultipartFile(
                "file",
                "subscribers.csv",
                "text/csv",
                "email,language,topics,consent_at,source\nana@carta.test,es,learning,2024-03-01T10:00:00+01:00,forum-2024\nbob@carta.test,en,,2023-11-20T09:30:00Z,\n"
                        .getBytes());
        mvc.perform(multipart("/en/newsletter/subscribers")
                        .file(good)
                        .with(csrf())
                        .with(user(editor))
                        .param("action", "import"))
                .andExpect(content().string(containsString("2 created")));
        assertThat(jdbc.queryForList(
                        "select state || ' ' || source || ' ' || consent_at::date from subscriber where email = 'ana@carta.test'",
                        String.class))
                .isEqualTo(List.of("confirmed forum-2024 2024-03-01"));
        MockMultipartFile bounces =
                new MockMultipartFile("file", "bounces.csv", "text/csv", "email\nbob@carta.test\n".getBytes());
        mvc.perform(multipart("/en/newsletter/subscribers")
                        .file(bounces)
                        .with(csrf())
                        .with(user(editor))
                        .param("what", "bounces")
                        .param("action", "import"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select reason from suppression where email = 'bob@carta.test'", String.class))
                .isEqualTo("bounce");
        mvc.perform(get("/en/newsletter/subscribers")).andExpect(status().is3xxRedirection());
        MockMultipartFile broken =
                new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        mvc.perform(multipart("/en/newsletter/subscribers")
                        .file(broken)
                        .with(csrf())
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not valid UTF-8")));
    }
}
