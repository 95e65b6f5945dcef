package org.uclg.carta.accounts;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.network.Directory;
import org.uclg.carta.network.DirectoryQuery;

/** Demo people (an editor and a representative), loaded only with CARTA_DEMO=true, once. */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(30)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "carta-demo-2026";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Directory directory;
    private final Clock clock;

    DemoAccounts(Accounts accounts, PasswordEncoder encoder, Directory directory, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!accounts.existsByEmail("editor@carta.example")) {
            Account editor = new Account(
                    "editor@carta.example", "Elena Editor", encoder.encode(PASSWORD), "es", Instant.now(clock));
            editor.confirm();
            editor.grant(Role.EDITOR);
            accounts.save(editor);
        }
        if (!accounts.existsByEmail("representative@carta.example")) {
            Account rep = new Account(
                    "representative@carta.example",
                    "Rafael Representative",
                    encoder.encode(PASSWORD),
                    "fr",
                    Instant.now(clock));
            rep.confirm();
            directory
                    .search(new DirectoryQuery("Montevideo", null, null, null, 1, 1), "en")
                    .items()
                    .forEach(lg -> rep.represent(lg.id()));
            accounts.save(rep);
        }
    }
}
