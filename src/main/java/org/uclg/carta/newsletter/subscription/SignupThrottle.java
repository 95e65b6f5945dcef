package org.uclg.carta.newsletter.subscription;

import java.time.Duration;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.RateLimits;

/**
 * Bounds sign-ups per client address and per email address, so neither a script nor a prank can
 * fill someone's inbox with confirmation emails: 10 per address an hour, 3 per email a day.
 */
@Component
public class SignupThrottle {

    private final RateLimits limits;

    SignupThrottle(RateLimits limits) {
        this.limits = limits;
    }

    public boolean allowed(String clientAddress, String email) {
        return limits.take("newsletter-ip:" + clientAddress, 10, Duration.ofHours(1))
                && limits.take(
                        "newsletter-mail:" + email.strip().toLowerCase(java.util.Locale.ROOT), 3, Duration.ofDays(1));
    }
}
