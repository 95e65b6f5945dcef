package org.uclg.carta.kit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps the CARTA_* variables whose mere presence switches something on to Spring's own
 * settings, and only when they hold a value: an empty {@code spring.mail.host} would still make
 * Boot build a mail sender, an empty user name would make it sign in to the mail server, an empty
 * {@code spring.datasource.url} would hide the embedded database. Every other CARTA_* variable is mapped in application.yml.
 */
class CartaEnvironment implements EnvironmentPostProcessor {

    private static final Map<String, String> SWITCHES = Map.of(
            "CARTA_DB_URL", "spring.datasource.url",
            "CARTA_SMTP_HOST", "spring.mail.host",
            "CARTA_SMTP_USER", "spring.mail.username",
            "CARTA_SMTP_PASSWORD", "spring.mail.password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> mapped = new LinkedHashMap<>();
        SWITCHES.forEach((variable, property) -> {
            String value = environment.getProperty(variable);
            if (value != null && !value.isBlank()) {
                mapped.put(property, value);
            }
        });
        if (!mapped.isEmpty()) {
            // Last: a spring.* setting given directly (a test, a command-line flag) wins.
            environment.getPropertySources().addLast(new MapPropertySource("carta-variables", mapped));
        }
    }
}
