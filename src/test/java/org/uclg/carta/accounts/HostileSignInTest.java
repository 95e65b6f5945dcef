package org.uclg.carta.accounts;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.uclg.carta.CartaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Sign-in and reset as an attacker tries them (#13, defects 1, 4 and 10). */
@CartaIntegrationTest
class HostileSignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    CapturedMails mails;

    private static MockHttpServletRequestBuilder signIn(URI uri, String email, String password, String from) {
        return post(uri)
                .with(csrf())
                .param("email", email)
                .param("password", password)
                .with(r -> {
                    r.setRemoteAddr(from);
                    return r;
                });
    }

    private static MockHttpServletRequestBuilder forgot(String email, String from) {
        return post("/en/password/forgot").with(csrf()).param("email", email).with(r -> {
            r.setRemoteAddr(from);
            return r;
        });
    }

    private void fail(String email, String from, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(signIn(URI.create("/login"), email, "guess-" + i, from))
                    .andExpect(redirectedUrl("/en/login?error"));
        }
    }

    @Autowired
    AccountService accountService;

    @Autowired
    Accounts accounts;

    private org.springframework.mock.web.MockHttpSession session(String email, String password, String from)
            throws Exception {
        var result = mvc.perform(signIn(URI.create("/login"), email, password, from))
                .andExpect(redirectedUrl("/en/"))
                .andReturn();
        return (org.springframework.mock.web.MockHttpSession)
                result.getRequest().getSession(false);
    }

    private void signedIn(org.springframework.mock.web.MockHttpSession session, boolean expected) throws Exception {
        var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/en/account")
                        .session(session))
                .andReturn();
        assertThat(result.getResponse().getStatus() == 200)
                .as("still signed in")
                .isEqualTo(expected);
    }

    @Test
    void changingAPasswordOrRolesEndsTheOtherSessions() throws Exception {
        long id = testAccounts
                .create("sessions@carta.test", "first-password-1", Role.EDITOR)
                .accountId();
        var laptop = session("sessions@carta.test", "first-password-1", "198.51.100.20");
        var phone = session("sessions@carta.test", "first-password-1", "198.51.100.21");
        mvc.perform(post("/en/account/password")
                        .session(laptop)
                        .with(csrf())
                        .param("current", "first-password-1")
                        .param("password", "second-password-2")
                        .param("confirmation", "second-password-2"))
                .andExpect(redirectedUrl("/en/account"));
        signedIn(laptop, true);
        signedIn(phone, false);

        accountService.setRoles(id, java.util.Set.of());
        signedIn(laptop, false);
    }

    @Test
    void aResetEndsSessionsOtherResetLinksAndApiTokens() throws Exception {
        long id =
                testAccounts.create("reset-all@carta.test", "first-password-1").accountId();
        var browser = session("reset-all@carta.test", "first-password-1", "198.51.100.30");
        String token = accountService.createToken(id, "script");
        accountService.requestReset("reset-all@carta.test", "en");
        accountService.requestReset("reset-all@carta.test", "en");
        org.awaitility.Awaitility.await("both reset mails")
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> mails.findTop200ByOrderBySentAtDescIdDesc().stream()
                                .filter(m -> m.recipient().equals("reset-all@carta.test"))
                                .count()
                        == 2);
        var links = mails.findTop200ByOrderBySentAtDescIdDesc().stream()
                .filter(m -> m.recipient().equals("reset-all@carta.test"))
                .map(m -> {
                    var matcher = java.util.regex.Pattern.compile("/en/password/reset/(\\S+)")
                            .matcher(m.body());
                    assertThat(matcher.find()).isTrue();
                    return matcher.group(1);
                })
                .toList();
        assertThat(links).hasSize(2);
        assertThat(accountService.reset(links.get(0), "new-password-3")).isTrue();
        assertThat(accountService.resetUsable(links.get(1))).isFalse();
        signedIn(browser, false);
        assertThat(accountService.authenticateToken(token)).isEmpty();
    }

    @Test
    void anEncodedLoginPathIsThrottledLikeThePlainOne() throws Exception {
        testAccounts.create("encoded@carta.test", "right-password-1");
        fail("encoded@carta.test", "198.51.100.1", LoginThrottle.PER_ACCOUNT_AND_ADDRESS);
        for (String path : new String[] {"/%6cogin", "/%6C%6F%67%69%6E", "/login"}) {
            mvc.perform(signIn(URI.create(path), "encoded@carta.test", "right-password-1", "198.51.100.1"))
                    .andExpect(redirectedUrl("/en/login?throttled"));
        }
    }

    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOutElsewhere() throws Exception {
        testAccounts.create("victim@carta.test", "right-password-1");
        fail("victim@carta.test", "198.51.100.2", LoginThrottle.PER_ACCOUNT_AND_ADDRESS);
        mvc.perform(signIn(URI.create("/login"), "victim@carta.test", "right-password-1", "198.51.100.2"))
                .andExpect(redirectedUrl("/en/login?throttled"));
        mvc.perform(signIn(URI.create("/login"), "victim@carta.test", "right-password-1", "198.51.100.3"))
                .andExpect(redirectedUrl("/en/"));
    }

    @Test
    void anUnconfirmedAccountLooksLikeAWrongPasswordUntilThePasswordIsRight() throws Exception {
        mvc.perform(post("/en/register")
                .with(csrf())
                .param("email", "unconfirmed@carta.test")
                .param("name", "Uma")
                .param("password", "long-enough-1")
                .param("confirmation", "long-enough-1"));
        mvc.perform(signIn(URI.create("/login"), "unconfirmed@carta.test", "wrong-password", "198.51.100.4"))
                .andExpect(redirectedUrl("/en/login?error"));
        mvc.perform(signIn(URI.create("/login"), "nobody@carta.test", "wrong-password", "198.51.100.4"))
                .andExpect(redirectedUrl("/en/login?error"));
        mvc.perform(signIn(URI.create("/login"), "unconfirmed@carta.test", "long-enough-1", "198.51.100.4"))
                .andExpect(redirectedUrl("/en/login?unconfirmed"));
    }

    @Test
    void resetMailsAreLimitedPerAccountAndPerClient() throws Exception {
        testAccounts.create("reset-flood@carta.test", "right-password-1");
        for (int i = 0; i < 6; i++) {
            String from = "203.0.113." + i;
            mvc.perform(forgot("reset-flood@carta.test", from)).andExpect(redirectedUrl("/en/login"));
        }
        // The allowed mails arrive, and no more follow them.
        org.awaitility.Awaitility.await()
                .during(java.time.Duration.ofMillis(700))
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> mails.findTop200ByOrderBySentAtDescIdDesc().stream()
                                .filter(m -> m.recipient().equals("reset-flood@carta.test"))
                                .count()
                        == LoginThrottle.RESETS_PER_ACCOUNT);

        for (int i = 0; i < LoginThrottle.RESETS_PER_ADDRESS; i++) {
            mvc.perform(forgot("someone" + i + "@carta.test", "203.0.113.99")).andExpect(redirectedUrl("/en/login"));
        }
        mvc.perform(forgot("one-more@carta.test", "203.0.113.99")).andExpect(redirectedUrl("/en/password/forgot"));
    }
}
