package org.uclg.carta.accounts;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** With an SMTP server configured, mail is delivered through it (a real one: GreenMail) and not kept. */
@SpringBootTest(
        properties = {
            "carta.db.embedded-temporary=true",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.data-dir=target/test-data-smtp",
            "carta.base-url=http://carta.test",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "carta.mail.from=carta@carta.test",
            "carta.admin.email=root@carta.test",
            "carta.admin.password=root-password-1"
        })
@AutoConfigureMockMvc
class SmtpMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    CapturedMails captured;

    @Test
    void registrationMailGoesThroughSmtpInTheReadersLanguage() throws Exception {
        mvc.perform(post("/es/register")
                        .with(csrf())
                        .param("email", "smtp@carta.test")
                        .param("name", "Sol")
                        .param("password", "long-enough-1")
                        .param("confirmation", "long-enough-1"))
                .andExpect(redirectedUrl("/es/login"));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Confirme su cuenta de Carta");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("smtp@carta.test");
        assertThat(GreenMailUtil.getBody(message)).contains("http://carta.test/es/confirm/");
        assertThat(captured.findAll()).isEmpty();
    }
}
