package org.uclg.carta.accounts;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uclg.carta.kit.CartaProperties;

/**
 * Makes sure someone can administer the platform: when no admin exists, creates one from
 * CARTA_ADMIN_EMAIL / CARTA_ADMIN_PASSWORD, or with a one-time password printed once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final CartaProperties props;
    private final Clock clock;

    AdminBootstrap(Accounts accounts, PasswordEncoder encoder, CartaProperties props, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.props = props;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        String email = blank(props.admin().email()) ? "admin@localhost" : props.admin().email();
        boolean generated = blank(props.admin().password());
        String password = generated ? Secrets.newToken().substring(0, 16) : props.admin().password();
        Account admin = accounts.findByEmail(Account.normalise(email)).orElseGet(() -> new Account(email,
                "Admin", encoder.encode(password), props.defaultLanguage(), Instant.now(clock)));
        admin.changePassword(encoder.encode(password));
        admin.confirm();
        admin.grant(Role.ADMIN);
        admin.grant(Role.EDITOR);
        accounts.save(admin);
        if (generated) {
            log.warn("First admin created: {} with one-time password {} (shown once; change it after signing in)",
                    email, password);
        } else {
            log.info("First admin created: {}", email);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
