package org.uclg.carta.accounts;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the throttle applied where the password is checked, so every request
 * the login filter accepts (whatever its URL encoding) is counted. The account's state
 * (unconfirmed) is only told to someone who gave the right password, so it reveals nothing
 * about which addresses have accounts.
 */
class ThrottledSignIn implements AuthenticationProvider {

    /** Raised instead of checking the password while a client is slowed down. */
    static final class Throttled extends AuthenticationException {
        Throttled() {
            super("Too many failed sign-ins");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "unknown";
        if (throttle.blocked(email, address)) {
            throw new Throttled();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(email, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(email, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
