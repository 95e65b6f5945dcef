package org.uclg.carta.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CartaIntegrationTest
class AccountJourneysTest {

    private static final Pattern LINK = Pattern.compile("http://carta\\.test(/\\S+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    CapturedMails mails;

    @Autowired
    Accounts accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Directory directory;

    @Test
    void registerConfirmAndSignIn() throws Exception {
        mvc.perform(post("/en/register")
                        .with(csrf())
                        .param("email", "Newcomer@Example.org")
                        .param("name", "Ana")
                        .param("password", "long-enough-1")
                        .param("confirmation", "long-enough-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/en/login"));

        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("newcomer@example.org")
                        .password("long-enough-1"))
                .andExpect(redirectedUrl("/en/login?unconfirmed"));

        String confirm = linkIn(mailTo("newcomer@example.org", "Confirm your Carta account"));
        assertThat(confirm).startsWith("/en/confirm/");
        mvc.perform(get(confirm)).andExpect(redirectedUrl("/en/login"));
        mvc.perform(get(confirm))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This link no longer works")));

        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("newcomer@example.org")
                        .password("long-enough-1"))
                .andExpect(redirectedUrl("/en/"));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("newcomer@example.org")
                        .password("wrong-one"))
                .andExpect(redirectedUrl("/en/login?error"));
    }

    @Test
    void registrationErrorsAreLocalisedAndKeepWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/es/register")
                        .with(csrf())
                        .param("email", "not-an-email")
                        .param("name", "Lucía <script>alert(1)</script>")
                        .param("password", "short")
                        .param("confirmation", "short"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Introduzca un correo electrónico válido.")
                .contains("La contraseña necesita al menos 10 caracteres.")
                .contains("value=\"not-an-email\"")
                .contains("value=\"Lucía &lt;script>alert(1)&lt;/script>\"")
                .doesNotContain("<script>alert(1)</script>")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void registeringAnExistingAddressRevealsNothingAndSendsANotice() throws Exception {
        testAccounts.create("taken@carta.test", "password-12345");
        mvc.perform(post("/fr/register")
                        .with(csrf())
                        .param("email", "taken@carta.test")
                        .param("name", "X")
                        .param("password", "long-enough-1")
                        .param("confirmation", "long-enough-1"))
                .andExpect(redirectedUrl("/fr/login"));
        assertThat(mailTo("taken@carta.test", "Votre compte Carta").body()).contains("/fr/password/forgot");
    }

    @Test
    void passwordResetByEmailWorksOnce() throws Exception {
        testAccounts.create("forgetful@carta.test", "old-password-1");
        mvc.perform(post("/es/password/forgot").with(csrf()).param("email", "forgetful@carta.test"))
                .andExpect(redirectedUrl("/es/login"));
        mvc.perform(post("/es/password/forgot").with(csrf()).param("email", "nobody@carta.test"))
                .andExpect(redirectedUrl("/es/login"));
        String reset = linkIn(mailTo("forgetful@carta.test", "Elija una nueva contraseña de Carta"));
        mvc.perform(get(reset)).andExpect(status().isOk());
        mvc.perform(post(reset).with(csrf()).param("password", "new-password-1").param("confirmation", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Las dos contraseñas no coinciden.")));
        mvc.perform(post(reset)
                        .with(csrf())
                        .param("password", "new-password-1")
                        .param("confirmation", "new-password-1"))
                .andExpect(redirectedUrl("/es/login"));
        mvc.perform(get(reset))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Este enlace ya no funciona")));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("forgetful@carta.test")
                        .password("new-password-1"))
                .andExpect(redirectedUrl("/en/"));
    }

    @Test
    void aSignedInPersonChangesTheirPassword() throws Exception {
        CartaUser person = testAccounts.create("changer@carta.test", "first-password-1");
        mvc.perform(post("/fr/account/password")
                        .with(csrf())
                        .with(user(person))
                        .param("current", "wrong")
                        .param("password", "second-password-2")
                        .param("confirmation", "second-password-2"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Le mot de passe actuel est incorrect.")));
        mvc.perform(post("/fr/account/password")
                        .with(csrf())
                        .with(user(person))
                        .param("current", "first-password-1")
                        .param("password", "second-password-2")
                        .param("confirmation", "second-password-2"))
                .andExpect(redirectedUrl("/fr/account"));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("changer@carta.test")
                        .password("second-password-2"))
                .andExpect(redirectedUrl("/en/"));
    }

    @Test
    void repeatedFailedSignInsAreThrottledWithAClearMessage() throws Exception {
        testAccounts.create("target@carta.test", "right-password-1");
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
            mvc.perform(post("/login")
                            .with(csrf())
                            .param("email", "target@carta.test")
                            .param("password", "guess-" + i)
                            .with(r -> {
                                r.setRemoteAddr("192.0.2.7");
                                return r;
                            }))
                    .andExpect(redirectedUrl("/en/login?error"));
        }
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "target@carta.test")
                        .param("password", "right-password-1")
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.7");
                            return r;
                        }))
                .andExpect(redirectedUrl("/en/login?throttled"));
        mvc.perform(get("/fr/login?throttled"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Trop de tentatives échouées")));
    }

    @Test
    void anEditorInvitesARepresentativeWhoAccepts() throws Exception {
        CartaUser editor = testAccounts.create("inviting-editor@carta.test", "password-12345", Role.EDITOR);
        long lg = directory
                .search(new DirectoryQuery("Dakar", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();

        mvc.perform(post("/fr/admin/invitations")
                        .with(csrf())
                        .with(user(editor))
                        .param("email", "bad")
                        .param("localGovernmentId", "999999"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Choisissez un gouvernement local ou une organisation partenaire")));
        mvc.perform(post("/fr/admin/invitations")
                        .with(csrf())
                        .with(user(editor))
                        .param("email", "maire-adjointe@dakar.test")
                        .param("localGovernmentId", String.valueOf(lg)))
                .andExpect(redirectedUrl("/fr/admin/invitations"));

        String invitation = linkIn(mailTo("maire-adjointe@dakar.test", "Invitation à représenter Dakar sur Carta"));
        mvc.perform(get(invitation))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dakar")));
        mvc.perform(post(invitation)
                        .with(csrf())
                        .param("name", "Awa")
                        .param("password", "awa-password-1")
                        .param("confirmation", "awa-password-1"))
                .andExpect(redirectedUrl("/fr/login"));

        Account awa = accounts.findByEmail("maire-adjointe@dakar.test").orElseThrow();
        assertThat(awa.roles()).contains(Role.REPRESENTATIVE);
        assertThat(awa.localGovernments()).containsExactly(lg);
        assertThat(awa.enabled()).isTrue();
        mvc.perform(get(invitation))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ce lien ne fonctionne plus")));
    }

    @Test
    void aPartnerRepresentativeIsInvitedTheSameWay() throws Exception {
        CartaUser editor = testAccounts.create("partner-editor@carta.test", "password-12345", Role.EDITOR);
        long rwi = directory.partners().stream()
                .filter(p -> p.name().get("en").equals("Raoul Wallenberg Institute"))
                .findFirst()
                .orElseThrow()
                .id();
        long lg = directory
                .search(new DirectoryQuery("Dakar", null, null, null, 1, 1), "en")
                .items()
                .get(0)
                .id();
        mvc.perform(post("/en/admin/invitations")
                        .with(csrf())
                        .with(user(editor))
                        .param("email", "both@rwi.test")
                        .param("localGovernmentId", String.valueOf(lg))
                        .param("partnerId", String.valueOf(rwi)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("one of the two")));
        mvc.perform(post("/en/admin/invitations")
                        .with(csrf())
                        .with(user(editor))
                        .param("email", "officer@rwi.test")
                        .param("partnerId", String.valueOf(rwi)))
                .andExpect(redirectedUrl("/en/admin/invitations"));
        String invitation =
                linkIn(mailTo("officer@rwi.test", "Invitation to represent Raoul Wallenberg Institute on Carta"));
        mvc.perform(post(invitation)
                        .with(csrf())
                        .param("name", "Rita")
                        .param("password", "rita-password-1")
                        .param("confirmation", "rita-password-1"))
                .andExpect(redirectedUrl("/en/login"));
        Account rita = accounts.findByEmail("officer@rwi.test").orElseThrow();
        assertThat(rita.roles()).contains(Role.PARTNER).doesNotContain(Role.REPRESENTATIVE);
        assertThat(rita.partners()).containsExactly(rwi);
    }

    @Test
    void personalTokensWriteThroughTheApiUntilRevoked() throws Exception {
        CartaUser editor = testAccounts.create("script-editor@carta.test", "password-12345", Role.EDITOR);
        String page = mvc.perform(post("/en/account/tokens")
                        .with(csrf())
                        .with(user(editor))
                        .param("tokenName", "import script"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("id=\"new-token\">(carta_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        String body = """
                {"name": {"fr": "Villeurbanne", "en": "Villeurbanne"}, "type": "city", "country": "FR",
                 "region": "EUROPE", "population": 150000, "latitude": 45.77, "longitude": 4.88}
                """;
        mvc.perform(post("/api/v1/local-governments")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.country")
                        .value("FR"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.url")
                        .value(org.hamcrest.Matchers.startsWith("http://carta.test/en/network/local-governments/")));

        mvc.perform(post("/api/v1/local-governments")
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"village\", \"country\": \"ZZ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors.country")
                                .value("Choisissez un pays (code ISO à deux lettres)."));

        mvc.perform(post("/api/v1/local-governments")
                        .header("Authorization", "Bearer carta_forged")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());

        long id = accounts.findByEmail("script-editor@carta.test")
                .map(a -> tokensOf(a))
                .orElseThrow();
        mvc.perform(post("/en/account/tokens/" + id + "/revoke").with(csrf()).with(user(editor)))
                .andExpect(redirectedUrl("/en/account"));
        mvc.perform(post("/api/v1/local-governments")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPersonWithoutTheEditorRoleCannotWriteThroughTheApi() throws Exception {
        CartaUser person = testAccounts.create("script-person@carta.test", "password-12345");
        mvc.perform(post("/api/v1/local-governments")
                        .with(user(person))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        mvc.perform(post("/api/v1/local-governments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/en/register").param("email", "csrf@carta.test")).andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/en/"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                                        org.hamcrest.Matchers.not(
                                                org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Autowired
    ApiTokens apiTokens;

    private long tokensOf(Account a) {
        return apiTokens.findByAccountIdOrderByCreatedAtDesc(a.id()).get(0).id();
    }

    /** Account mails leave after the request, on their own thread: wait a little for them. */
    private CapturedMail mailTo(String to, String subject) {
        return org.awaitility.Awaitility.await("a mail '" + subject + "' to " + to)
                .atMost(java.time.Duration.ofSeconds(5))
                .until(
                        () -> mails.findTop200ByOrderBySentAtDescIdDesc().stream()
                                .filter(m ->
                                        m.recipient().equals(to) && m.subject().equals(subject))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .get();
    }

    private static String linkIn(CapturedMail mail) {
        Matcher m = LINK.matcher(mail.body());
        assertThat(m.find()).as("a link in %s", mail.body()).isTrue();
        return m.group(1);
    }
}
