package org.uclg.carta.advocacy;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.accounts.Role;
import org.uclg.carta.accounts.TestAccounts;
import org.uclg.carta.advocacy.signature.SignatureMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A campaign as its actors live it: a city proposes it, the secretariat approves it, three
 * representatives endorse (one with a council decision), an editor verifies, people sign and
 * confirm by email, the statement is amended and endorsers are told, and every counter agrees.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "carta.db.embedded-temporary=true",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.data-dir=target/test-data-advocacy-${random.uuid}",
            "carta.demo=true",
            "carta.extraction.delay-ms=3600000",
            "carta.monitoring.mail-initial-delay-ms=3600000",
            "carta.notifications.mail-initial-delay-ms=3600000",
            "carta.newsletter.initial-delay-ms=3600000",
            "carta.advocacy.mail-initial-delay-ms=3600000",
            "carta.advocacy.sign-min-seconds=0",
            "carta.base-url=http://carta.test",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3029",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "carta.mail.from=carta@carta.test",
            "carta.admin.email=root@carta.test",
            "carta.admin.password=root-password-1",
            "spring.task.execution.shutdown.await-termination-period=1s"
        })
@AutoConfigureMockMvc
class CampaignTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3029, "127.0.0.1", "smtp"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignatureMail signatureMail;

    private UserDetails representativeOf(String email, long lg) {
        accounts.create(email, "a-long-password-1", "es", Role.REPRESENTATIVE);
        jdbc.update(
                "insert into account_local_government (account_id, local_government_id) select id, ? from account where email = ?",
                lg,
                email);
        return users.loadUserByUsername(email);
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void aCityProposesTheSecretariatApprovesCitiesEndorsePeopleSignAndTheCountersAgree() throws Exception {
        UserDetails montevideo = users.loadUserByUsername("representative@carta.example");
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        long montevideoId = jdbc.queryForObject(
                "select local_government_id from account_local_government a join account c on c.id = a.account_id where c.email = 'representative@carta.example'",
                Long.class);
        List<Long> others = jdbc.queryForList(
                "select id from local_government where id <> ? order by id limit 2", Long.class, montevideoId);
        UserDetails second = representativeOf("rep2@carta.test", others.get(0));
        UserDetails third = representativeOf("rep3@carta.test", others.get(1));

        // A representative proposes; nobody else sees it until the secretariat approves.
        String path = mvc.perform(post("/en/campaigns/new")
                        .with(csrf())
                        .with(user(montevideo))
                        .param("localGovernmentId", String.valueOf(montevideoId))
                        .param("title.values[en]", "Cities against hate speech")
                        .param("title.values[es]", "Ciudades contra el discurso de odio")
                        .param("callToAction.values[en]", "Adopt a local plan against hate speech.")
                        .param("statement.values[en]", "We commit to a **local plan** against hate speech.")
                        .param("goal", "3")
                        .param("opensOn", "2020-01-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = path.substring(path.lastIndexOf('/') + 1);
        mvc.perform(get("/en/campaigns/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/en/campaigns/" + id + "/state")
                        .with(csrf())
                        .with(user(montevideo))
                        .param("action", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/en/campaigns/" + id + "/state")
                        .with(csrf())
                        .with(user(editor))
                        .param("action", "approve"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/es/campaigns/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ciudades contra el discurso de odio")));

        // Three endorsements, one with a council decision and its document; a second try is refused.
        mvc.perform(multipart("/en/campaigns/" + id + "/endorse")
                        .file(new MockMultipartFile(
                                "decision", "decision.pdf", "application/pdf", "%PDF-1.4 decision".getBytes()))
                        .with(csrf())
                        .with(user(montevideo))
                        .param("localGovernmentId", String.valueOf(montevideoId))
                        .param("signatoryName", "Ana Pereira")
                        .param("signatoryTitle", "Intendenta")
                        .param("decisionReference", "Res. 123/2026")
                        .param("decisionDate", "2026-11-20"))
                .andExpect(status().is3xxRedirection());
        for (var rep : List.of(second, third)) {
            long lg = rep == second ? others.get(0) : others.get(1);
            mvc.perform(multipart("/es/campaigns/" + id + "/endorse")
                            .with(csrf())
                            .with(user(rep))
                            .param("localGovernmentId", String.valueOf(lg))
                            .param("signatoryName", "Persona Firmante")
                            .param("signatoryTitle", "Alcaldesa"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(multipart("/en/campaigns/" + id + "/endorse")
                        .with(csrf())
                        .with(user(second))
                        .param("localGovernmentId", String.valueOf(montevideoId))
                        .param("signatoryName", "Not mine")
                        .param("signatoryTitle", "Nobody"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a value from the list.")));
        mvc.perform(get("/api/v1/campaigns/" + id))
                .andExpect(jsonPath("$.endorsements.localGovernments").value(0));

        // The editor verifies all three; only then do they count.
        List<Long> endorsements = jdbc.queryForList(
                "select id from endorsement where campaign_id = ? order by id", Long.class, Long.valueOf(id));
        assertThat(endorsements).hasSize(3);
        for (long e : endorsements) {
            mvc.perform(post("/en/campaigns/endorsements/" + e + "/verify")
                            .with(csrf())
                            .with(user(editor)))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/en/campaigns/endorsements/" + endorsements.get(0) + "/verify")
                        .with(csrf())
                        .with(user(montevideo)))
                .andExpect(status().isForbidden());

        // A person signs, confirms by email; a second signature for the same address changes nothing.
        mvc.perform(get("/en/campaigns/" + id)).andExpect(content().string(containsString("name=\"shown\"")));
        for (String email : List.of("Someone@Carta.test", "someone@carta.test")) {
            mvc.perform(post("/en/campaigns/" + id + "/sign")
                            .with(csrf())
                            .param("name", "Sam Someone")
                            .param("email", email)
                            .param("showName", "true")
                            .param("shown", shownToken()))
                    .andExpect(status().is3xxRedirection());
        }
        // A robot filling the trap is told the same, and nothing is stored.
        mvc.perform(post("/en/campaigns/" + id + "/sign")
                        .with(csrf())
                        .param("name", "Bot")
                        .param("email", "bot@carta.test")
                        .param("website", "http://spam")
                        .param("shown", shownToken()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/en/campaigns/" + id + "/sign")
                        .with(csrf())
                        .param("name", "")
                        .param("email", "not-an-address")
                        .param("shown", shownToken()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a valid email address.")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from signature where campaign_id = ?", Long.class, Long.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/campaigns/" + id))
                .andExpect(jsonPath("$.endorsements.people").value(0));
        signatureMail.sendQueued();
        Awaitility.await().until(() -> !mailTo("Someone@Carta.test").isEmpty());
        String body = GreenMailUtil.getBody(mailTo("Someone@Carta.test").get(0))
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher confirm = Pattern.compile("http://carta.test(/en/campaigns/signatures/confirm\\?\\S+)")
                .matcher(body);
        assertThat(confirm.find()).isTrue();
        mvc.perform(get(URI.create(confirm.group(1).replaceAll("t=[^&]+", "t=forged"))))
                .andExpect(content().string(containsString("This link does not work")));
        mvc.perform(get(URI.create(confirm.group(1))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your signature counts")));

        // Counters, API, badge and CSV agree.
        mvc.perform(get("/api/v1/campaigns/" + id))
                .andExpect(jsonPath("$.goal").value(3))
                .andExpect(jsonPath("$.endorsements.localGovernments").value(3))
                .andExpect(jsonPath("$.endorsements.people").value(1))
                .andExpect(jsonPath("$.url").value("http://carta.test/en/campaigns/" + id));
        mvc.perform(get("/api/v1/campaigns/" + id + "/endorsements"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].councilDecision.reference").value("Res. 123/2026"))
                .andExpect(jsonPath("$.items[0].statementVersion").value(1));
        mvc.perform(get("/en/campaigns/" + id + "/badge.svg"))
                .andExpect(content().string(containsString("3 local governments · 1 people")));
        mvc.perform(get("/en/campaigns/" + id + "/endorsements.csv"))
                .andExpect(content().string(containsString("Res. 123/2026")));
        mvc.perform(get("/en/campaigns/" + id))
                .andExpect(content().string(containsString("Sam Someone")))
                .andExpect(content().string(not(containsString("someone@carta.test"))));

        // The statement is amended: a new version, and the endorsers' representatives are told.
        mvc.perform(post("/en/campaigns/" + id + "/edit")
                        .with(csrf())
                        .with(user(editor))
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from campaign where id = ?", Long.class, Long.valueOf(id))))
                        .param("title.values[en]", "Cities against hate speech")
                        .param("callToAction.values[en]", "Adopt a local plan against hate speech.")
                        .param("statement.values[en]", "We commit to a **local plan** against hate speech, online too.")
                        .param("changeNote.values[en]", "Online hate speech is included.")
                        .param("goal", "3")
                        .param("opensOn", "2020-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/campaigns/" + id))
                .andExpect(jsonPath("$.statementVersion").value(2));
        Awaitility.await().until(() -> !mailTo("rep2@carta.test").isEmpty());
        assertThat(GreenMailUtil.getBody(mailTo("rep2@carta.test").get(0))).contains("Online hate speech is included.");

        // A withdrawal is recorded with its date and no longer counts.
        mvc.perform(post("/en/campaigns/endorsements/" + endorsements.get(1) + "/withdraw")
                        .with(csrf())
                        .with(user(second)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/campaigns/" + id))
                .andExpect(jsonPath("$.endorsements.localGovernments").value(2));
        assertThat(jdbc.queryForObject(
                        "select withdrawn_at is not null from endorsement where id = ?",
                        Boolean.class,
                        endorsements.get(1)))
                .isTrue();

        // The person sees, exports and deletes their signature from the emailed link.
        Matcher mine = Pattern.compile("http://carta.test(/en/campaigns/signatures/mine\\?\\S+)")
                .matcher(body);
        assertThat(mine.find()).isTrue();
        mvc.perform(get(URI.create(mine.group(1)))).andExpect(content().string(containsString("Sam Someone")));
        String query = mine.group(1).substring(mine.group(1).indexOf('?') + 1);
        mvc.perform(get(URI.create("/en/campaigns/signatures/mine.csv?" + query)))
                .andExpect(content().string(containsString("Someone@Carta.test")));
        long sid = jdbc.queryForObject("select id from signature where campaign_id = ?", Long.class, Long.valueOf(id));
        mvc.perform(post("/en/campaigns/signatures/" + sid + "/delete?" + query).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/campaigns/" + id))
                .andExpect(jsonPath("$.endorsements.people").value(0));
    }

    @Test
    void hostileInputGetsClearAnswers() throws Exception {
        mvc.perform(get("/en/campaigns/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns?page=100000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/campaigns?state=proposed")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/campaigns/1/signatures")
                        .contentType("application/json")
                        .content("{\"name\":\"\",\"email\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.email").exists());
        mvc.perform(post("/api/v1/campaigns/1/signatures")
                        .contentType("application/json")
                        .content("{\"name\":\"A\\u0000B\",\"email\":\"a@b.example\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/en/campaigns/signatures/mine?s=1&t=forged"))
                .andExpect(content().string(containsString("This link does not work")));
        mvc.perform(get("/en/campaigns/1/endorse")).andExpect(status().is3xxRedirection());
    }

    @Test
    void concurrentSubmissionsStoreOneEndorsementAndOneSignature() throws Exception {
        long lg = jdbc.queryForObject(
                "select id from local_government where id not in (select local_government_id from endorsement where campaign_id = 1) order by id limit 1",
                Long.class);
        UserDetails rep = representativeOf("race@carta.test", lg);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> mvc.perform(multipart("/en/campaigns/1/endorse")
                                .with(csrf())
                                .with(user(rep))
                                .param("localGovernmentId", String.valueOf(lg))
                                .param("signatoryName", "Race Condition")
                                .param("signatoryTitle", "Mayor"))
                        .andReturn()
                        .getResponse()
                        .getStatus()));
                answers.add(pool.submit(() -> mvc.perform(post("/api/v1/campaigns/1/signatures")
                                .contentType("application/json")
                                .content("{\"name\":\"Twin\",\"email\":\"twin@carta.test\"}"))
                        .andReturn()
                        .getResponse()
                        .getStatus()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isLessThan(500);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from endorsement where campaign_id = 1 and local_government_id = ?",
                        Long.class,
                        lg))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from signature where campaign_id = 1 and email_key = 'twin@carta.test'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void aPublicCampaignIsFoundFollowedAndListedWhereItBelongs() throws Exception {
        mvc.perform(get("/en/search?q=eviction")).andExpect(content().string(containsString("/en/campaigns/1")));
        mvc.perform(get("/es/search?q=desalojo")).andExpect(content().string(containsString("/es/campaigns/1")));
        mvc.perform(get("/en/search?q=exploratory")) // the proposal waiting for approval is not found
                .andExpect(content().string(not(containsString("/en/campaigns/3"))));
        mvc.perform(get("/en/frameworks/GCA/articles/X"))
                .andExpect(content().string(containsString("/en/campaigns/1")));
        mvc.perform(get("/sitemap.xml"))
                .andExpect(content().string(containsString("/en/campaigns/1")))
                .andExpect(content().string(not(containsString("/campaigns/3<"))));
        long endorser = jdbc.queryForObject(
                "select local_government_id from endorsement where campaign_id = 1 and state = 'verified' order by id limit 1",
                Long.class);
        mvc.perform(get("/fr/network/local-governments/" + endorser))
                .andExpect(content().string(containsString("/fr/campaigns/1")));

        UserDetails follower = users.loadUserByUsername(
                accounts.create("follower@carta.test", "a-long-password-1").getUsername());
        mvc.perform(post("/en/me/follows")
                        .with(csrf())
                        .with(user(follower))
                        .param("target", "campaign")
                        .param("id", "1")
                        .param("back", "/campaigns/1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/campaigns/1").with(user(follower)))
                .andExpect(content().string(containsString("aria-pressed=\"true\"")));
        mvc.perform(post("/en/me/follows")
                        .with(csrf())
                        .with(user(follower))
                        .param("target", "campaign")
                        .param("id", "3"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/en/campaigns/1/updates")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("editor@carta.example")))
                        .param("title.values[en]", "Ten more cities joined this week")
                        .param("title.values[fr]", "Dix villes de plus cette semaine")
                        .param("title.values[es]", "Diez ciudades más esta semana"))
                .andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(
                        get("/api/v1/me/notifications").with(user(follower)))
                .andExpect(content().string(containsString("campaign-news")))
                .andExpect(content().string(containsString("/campaigns/1#updates"))));
    }

    @Autowired
    org.uclg.carta.advocacy.signature.SignatureGuard guard;

    private String shownToken() {
        return guard.shown();
    }
}
