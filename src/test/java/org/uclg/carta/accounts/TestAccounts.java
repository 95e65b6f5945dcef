package org.uclg.carta.accounts;

import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates confirmed accounts with given roles for tests, and signs them in as MockMvc principals. */
@Component
public class TestAccounts {

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    TestAccounts(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Transactional
    public CartaUser create(String email, String password, Role... roles) {
        return create(email, password, "en", roles);
    }

    /** As {@link #create(String, String, Role...)}, for a person who reads in that language. */
    @Transactional
    public CartaUser create(String email, String password, String language, Role... roles) {
        Account account = accounts.findByEmail(email)
                .orElseGet(() -> new Account(
                        email,
                        email.substring(0, email.indexOf('@')),
                        encoder.encode(password),
                        language,
                        Instant.now()));
        account.confirm();
        for (Role r : roles) {
            account.grant(r);
        }
        return new CartaUser(accounts.save(account));
    }
}
