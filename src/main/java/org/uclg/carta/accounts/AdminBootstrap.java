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

    static final String SETUP = "first-admin-setup";
    private static final java.time.Duration SETUP_VALIDITY = java.time.Duration.ofHours(24);

    private final Accounts accounts;
    private final AccountLinks links;
    private final PasswordEncoder encoder;
    private final CartaProperties props;
    private final Clock clock;

    AdminBootstrap(Accounts accounts, AccountLinks links, PasswordEncoder encoder, CartaProperties props, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.encoder = encoder;
        this.props = props;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            pendingSetup();
            return;
        }
        String email =
                blank(props.admin().email()) ? "admin@localhost" : props.admin().email();
        boolean generated = blank(props.admin().password());
        // Without a configured password, nobody knows this one: the admin chooses theirs through a link.
        String password = generated ? Secrets.newToken() : props.admin().password();
        Account admin = accounts.findByEmail(Account.normalise(email))
                .orElseGet(() -> new Account(
                        email, "Admin", encoder.encode(password), props.defaultLanguage(), Instant.now(clock)));
        admin.changePassword(encoder.encode(password));
        admin.confirm();
        admin.grant(Role.ADMIN);
        admin.grant(Role.EDITOR);
        admin = accounts.save(admin);
        if (generated) {
            logSetupLink(admin);
        } else {
            log.info("First admin created: {}", email);
        }
    }

    /** A first admin who never chose a password gets a fresh link at each start (the old one may have expired). */
    private void pendingSetup() {
        links.findFirstByPurposeAndCreatedByOrderByCreatedAtDesc(AccountLink.Purpose.RESET, SETUP)
                .filter(link -> link.usedAt() == null)
                .flatMap(link -> accounts.findById(link.accountId()))
                .ifPresent(this::logSetupLink);
    }

    private void logSetupLink(Account admin) {
        String token = Secrets.newToken();
        Instant now = Instant.now(clock);
        links.save(new AccountLink(
                AccountLink.Purpose.RESET,
                Secrets.hash(token),
                admin.email(),
                admin.id(),
                null,
                props.defaultLanguage(),
                SETUP,
                now,
                now.plus(SETUP_VALIDITY)));
        log.warn(
                "First admin {}: choose the password at {}/{}/password/reset/{} (works once, for 24 hours; "
                        + "a new link is printed at the next start until it is used)",
                admin.email(),
                props.baseUrl().replaceAll("/$", ""),
                props.defaultLanguage(),
                token);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
