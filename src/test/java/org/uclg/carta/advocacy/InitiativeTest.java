package org.uclg.carta.advocacy;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.accounts.Role;
import org.uclg.carta.accounts.TestAccounts;

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

/**
 * A collective initiative as its members live it: a city proposes it, the secretariat approves
 * it, another city joins, the coordinator posts an update that every member's representatives
 * get by email, and the members-only space stays closed to others.
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
class InitiativeTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3031, "127.0.0.1", "smtp"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private UserDetails representativeOf(String email, long lg) {
        accounts.create(email, "a-long-password-1", "es", Role.REPRESENTATIVE);
        jdbc.update(
                "insert into account_local_government (account_id, local_government_id) select id, ? from account where email = ?",
                lg,
                email);
        return users.loadUserByUsername(email);
    }

    @Test
    void aCityProposesTheSecretariatApprovesOthersJoinAndMembersHearFromTheCoordinator() throws Exception {
        UserDetails montevideo = users.loadUserByUsername("representative@carta.example");
        UserDetails editor = users.loadUserByUsername("editor@carta.example");
        long montevideoId = jdbc.queryForObject(
                "select local_government_id from account_local_government a join account c on c.id = a.account_id where c.email = 'representative@carta.example'",
                Long.class);
        long otherId =
                jdbc.queryForObject("select id from local_government where external_id = 'demo-quito'", Long.class);
        UserDetails quito = representativeOf("quito@carta.test", otherId);
        UserDetails outsider = accounts.create("outsider@carta.test", "a-long-password-1");

        // A bad proposal keeps what was typed and says what is wrong, in the reader's language.
        mvc.perform(post("/es/initiatives/new")
                        .with(csrf())
                        .with(user(montevideo))
                        .param("localGovernmentId", String.valueOf(montevideoId))
                        .param("kind", "working-group")
                        .param("title.values[es]", "Ciudades por la memoria")
                        .param("coordinatorName", "")
                        .param("meetings", "not an event"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ciudades por la memoria")))
                .andExpect(content().string(containsString("field-error")));

        String path = mvc.perform(post("/en/initiatives/new")
                        .with(csrf())
                        .with(user(montevideo))
                        .param("localGovernmentId", String.valueOf(montevideoId))
                        .param("kind", "working-group")
                        .param("title.values[en]", "Cities for memory and truth")
                        .param("title.values[es]", "Ciudades por la memoria y la verdad")
                        .param("purpose.values[en]", "Share **memory policies** between cities.")
                        .param("coordinatorName", "Ana Pereira, Human Rights Secretary"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = path.substring(path.lastIndexOf('/') + 1);
        mvc.perform(get("/en/initiatives/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/initiatives/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/en/initiatives/" + id).with(user(montevideo))).andExpect(status().isOk());
        mvc.perform(get("/en/initiatives").with(user(editor)))
                .andExpect(content().string(containsString("Cities for memory and truth")));

        mvc.perform(post("/en/initiatives/" + id + "/state")
                        .with(csrf())
                        .with(user(montevideo))
                        .param("action", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/en/initiatives/" + id + "/state")
                        .with(csrf())
                        .with(user(editor))
                        .param("action", "approve"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/initiatives/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>memory policies</strong>")))
                .andExpect(content().string(containsString("Members (1)")));

        // A representative of a city not yet a member is offered to join it.
        mvc.perform(get("/es/initiatives/" + id).with(user(quito)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/es/initiatives/" + id + "/join")));

        // Quito joins, twice at once: one membership.
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/es/initiatives/" + id + "/join")
                            .with(csrf())
                            .with(user(quito))
                            .param("localGovernmentId", String.valueOf(otherId)))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/es/initiatives/" + id + "/join")
                        .with(csrf())
                        .with(user(quito))
                        .param("localGovernmentId", String.valueOf(montevideoId)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/initiatives/" + id))
                .andExpect(jsonPath("$.memberCount").value(2))
                .andExpect(jsonPath("$.kind").value("working-group"))
                .andExpect(jsonPath("$.title.es").value("Ciudades por la memoria y la verdad"))
                .andExpect(jsonPath("$.url").value("http://carta.test/en/initiatives/" + id));

        // The members' space: members and the secretariat in, others out.
        mvc.perform(get("/es/initiatives/" + id + "/space").with(user(quito))).andExpect(status().isOk());
        mvc.perform(get("/en/initiatives/" + id + "/space").with(user(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/en/initiatives/" + id + "/space")).andExpect(status().is3xxRedirection());

        // Only the coordinator posts; every member's representatives get the update by email.
        mvc.perform(post("/es/initiatives/" + id + "/updates")
                        .with(csrf())
                        .with(user(quito))
                        .param("title.values[es]", "No"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/en/initiatives/" + id + "/updates")
                        .with(csrf())
                        .with(user(montevideo))
                        .param("title.values[en]", "First meeting on 12 January")
                        .param("title.values[es]", "Primera reunión el 12 de enero")
                        .param("body.values[es]", "Nos vemos en línea."))
                .andExpect(status().is3xxRedirection());
        // Each member's representatives get their own email: wait for both, not just the first.
        Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> recipients()
                .containsAll(List.of("quito@carta.test", "representative@carta.example")));
        List<String> to = recipients();
        assertThat(to).contains("quito@carta.test", "representative@carta.example");
        assertThat(to).doesNotContain("outsider@carta.test");
        // A members-only update does not show on the public page.
        mvc.perform(get("/en/initiatives/" + id))
                .andExpect(content().string(not(containsString("First meeting on 12 January"))));
        mvc.perform(get("/es/initiatives/" + id + "/space").with(user(quito)))
                .andExpect(content().string(containsString("Primera reunión el 12 de enero")));

        // Someone following the initiative hears of its public updates, not of members-only ones.
        mvc.perform(get("/en/initiatives/" + id).with(user(outsider)))
                .andExpect(content().string(containsString("value=\"initiative\"")));
        mvc.perform(post("/en/me/follows")
                        .with(csrf())
                        .with(user(outsider))
                        .param("target", "initiative")
                        .param("id", String.valueOf(id)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/en/initiatives/" + id + "/updates")
                        .with(csrf())
                        .with(user(montevideo))
                        .param("title.values[en]", "Our memory policies map is online")
                        .param("visibleToAll", "true"))
                .andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(
                        get("/api/v1/me/notifications").with(user(outsider)))
                .andExpect(content().string(containsString("initiative-news")))
                .andExpect(content().string(containsString("/initiatives/" + id + "#updates"))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice n join account a on a.id = n.account_id"
                                + " where a.email = 'outsider@carta.test' and n.kind = 'initiative-news'",
                        Long.class))
                .isEqualTo(1);

        // The coordinator cannot leave; a member can.
        mvc.perform(post("/en/initiatives/" + id + "/leave")
                        .with(csrf())
                        .with(user(quito))
                        .param("localGovernmentId", String.valueOf(otherId)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/initiatives/" + id))
                .andExpect(jsonPath("$.memberCount").value(1));
    }

    @Test
    void demoInitiativesAreListedSearchedAndLinked() throws Exception {
        mvc.perform(get("/fr/initiatives"))
                .andExpect(content().string(containsString("Groupe de travail sur le droit au logement")))
                .andExpect(content().string(not(containsString("Réseau des bureaux locaux"))));
        mvc.perform(get("/api/v1/initiatives"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].url").exists());
        mvc.perform(get("/api/v1/initiatives?state=proposed")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/initiatives?page=100000")).andExpect(status().isBadRequest());
        mvc.perform(get("/en/initiatives/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/en/search?q=housing"))
                .andExpect(content().string(containsString("Working group on the right to housing")));
        long housing = jdbc.queryForObject(
                "select id from initiative where title->>'en' = 'Working group on the right to housing'", Long.class);
        mvc.perform(get("/en/initiatives/" + housing)).andExpect(content().string(containsString("/en/campaigns/1")));
        mvc.perform(get("/en/campaigns/1")).andExpect(content().string(containsString("/en/initiatives/" + housing)));
        mvc.perform(get("/en/frameworks/GCA/articles/X"))
                .andExpect(content().string(containsString("/en/initiatives/" + housing)));
        long barcelona =
                jdbc.queryForObject("select id from local_government where external_id = 'demo-barcelona'", Long.class);
        mvc.perform(get("/en/network/local-governments/" + barcelona))
                .andExpect(content().string(containsString("/en/initiatives/" + housing)));
        mvc.perform(post("/en/initiatives/" + housing + "/updates")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("editor@carta.example")))
                        .param("title.values[en]", "A\u0000B"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from initiative_update where title->>'en' like 'A%B'", Long.class))
                .isZero();
    }

    private List<String> recipients() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        return "";
                    }
                })
                .toList();
    }
}
