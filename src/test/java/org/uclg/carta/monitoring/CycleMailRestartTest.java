package org.uclg.carta.monitoring;

import java.time.LocalDate;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.CartaIntegrationTest;
import org.uclg.carta.monitoring.reporting.CycleMailer;
import org.uclg.carta.taxonomy.Taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reporting email claimed but not confirmed when the platform stopped may have reached the
 * mail server: after the restart it is not sent again, and the others still go, once.
 */
@CartaIntegrationTest
class CycleMailRestartTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    CycleMailer mailer;

    @Autowired
    DataSource dataSource;

    @Test
    void anEmailInterruptedByACrashIsNotSentTwice() throws Exception {
        LocalDate today = LocalDate.now();
        String created = mvc.perform(post("/en/monitoring/frameworks/GCA/cycles/new")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("editor@carta.example")))
                        .param("title.values[en]", "Crash cycle")
                        .param("periodStart", "2025-01-01")
                        .param("periodEnd", "2025-12-31")
                        .param("opensOn", today.minusDays(1).toString())
                        .param("deadline", today.plusDays(30).toString())
                        .param("scale.values[en]", "Not started\nPlanned\nIn progress\nAchieved\nNot applicable")
                        .param(
                                "articleIds",
                                String.valueOf(taxonomy.article("GCA", "I")
                                        .orElseThrow()
                                        .id())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long cycle = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String email = "representative@carta.example";
        long lg = jdbc.sql("select local_government_id from account_local_government alg join account a "
                        + "on a.id = alg.account_id where a.email = ? limit 1")
                .param(email)
                .query(Long.class)
                .single();
        // The crash: the claim was committed, the mail server may have taken the email, "sent" never came.
        jdbc.sql("insert into cycle_mail (cycle_id, email, kind, local_government_id, sent_at, state) "
                        + "values (?, ?, 'cycleInvitation', ?, now(), 'sending')")
                .params(cycle, email, lg)
                .update();
        int before = mails(jdbc, email, cycle);

        mailer.markInterrupted();
        int sent = mailer.sendDue();

        assertThat(mails(jdbc, email, cycle)).as("not sent again").isEqualTo(before);
        assertThat(sent).as("the other representatives are invited").isPositive();
        assertThat(mailer.sendDue()).isZero();
        assertThat(jdbc.sql("select state from cycle_mail where cycle_id = ? and email = ?")
                        .params(cycle, email)
                        .query(String.class)
                        .single())
                .isEqualTo("interrupted");
        assertThat(jdbc.sql("select count(*) from cycle_mail where cycle_id = ? and state <> 'sent' and email <> ?")
                        .params(cycle, email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** Emails to the address about this cycle (other open cycles of the demo are mailed too). */
    private static int mails(JdbcClient jdbc, String email, long cycle) {
        return jdbc.sql("select count(*) from captured_mail where recipient = ? and body like ?")
                .params(email, "%/monitoring/cycles/" + cycle + "%")
                .query(Integer.class)
                .single();
    }
}
