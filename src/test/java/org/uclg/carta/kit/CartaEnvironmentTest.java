package org.uclg.carta.kit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** CARTA_* switches reach Spring's settings only when they hold a value. */
class CartaEnvironmentTest {

    @Test
    void setVariablesBecomeSpringSettings() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("CARTA_DB_URL", "jdbc:postgresql://db/carta")
                .withProperty("CARTA_SMTP_HOST", "smtp.example.org")
                .withProperty("CARTA_SMTP_USER", "carta");
        new CartaEnvironment().postProcessEnvironment(env, null);
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/carta");
        assertThat(env.getProperty("spring.mail.host")).isEqualTo("smtp.example.org");
        assertThat(env.getProperty("spring.mail.username")).isEqualTo("carta");
        assertThat(env.containsProperty("spring.mail.password")).isFalse();
    }

    @Test
    void emptyVariablesSwitchNothingOn() {
        MockEnvironment env =
                new MockEnvironment().withProperty("CARTA_SMTP_HOST", " ").withProperty("CARTA_DB_URL", "");
        new CartaEnvironment().postProcessEnvironment(env, null);
        assertThat(env.containsProperty("spring.mail.host")).isFalse();
        assertThat(env.containsProperty("spring.datasource.url")).isFalse();
    }

    @Test
    void aSpringSettingGivenDirectlyWins() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("CARTA_SMTP_HOST", "smtp.example.org")
                .withProperty("spring.mail.host", "127.0.0.1");
        new CartaEnvironment().postProcessEnvironment(env, null);
        assertThat(env.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
    }
}
