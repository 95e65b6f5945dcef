package org.uclg.carta.advocacy.signature;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.SignedLinks;
import org.uclg.carta.kit.web.RateLimits;

/**
 * Keeps robots and floods away from signing: the form's signed display time (at least a few
 * seconds, at most a day before the post), and limits per client address and per email address.
 */
@Component
public class SignatureGuard {

    private static final String SHOWN = "signature-form";

    private final SignedLinks links;
    private final RateLimits limits;
    private final Clock clock;
    private final Duration minTime;
    private final int perClientHour;
    private final int perEmailDay;

    SignatureGuard(
            SignedLinks links,
            RateLimits limits,
            Clock clock,
            @Value("${carta.advocacy.sign-min-seconds:3}") long minSeconds,
            @Value("${carta.advocacy.signatures-per-client-hour:30}") int perClientHour,
            @Value("${carta.advocacy.signatures-per-email-day:5}") int perEmailDay) {
        this.links = links;
        this.limits = limits;
        this.clock = clock;
        this.minTime = Duration.ofSeconds(minSeconds);
        this.perClientHour = perClientHour;
        this.perEmailDay = perEmailDay;
    }

    /** The value of the form's hidden field: when it was shown, signed. */
    public String shown() {
        long now = clock.instant().getEpochSecond();
        return now + "." + links.sign(SHOWN, now);
    }

    /** Whether the form was shown by Carta long enough ago, and not too long ago. */
    public boolean humanPace(String shown) {
        int dot = shown == null ? -1 : shown.indexOf('.');
        if (dot < 1) {
            return false;
        }
        try {
            long at = Long.parseLong(shown.substring(0, dot));
            long age = clock.instant().getEpochSecond() - at;
            return links.verify(SHOWN, at, shown.substring(dot + 1))
                    && age >= minTime.toSeconds()
                    && age <= Duration.ofDays(1).toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public boolean allowed(String clientAddress, String email) {
        return limits.take("signature-ip:" + clientAddress, perClientHour, Duration.ofHours(1))
                && limits.take("signature-mail:" + Signatures.key(email), perEmailDay, Duration.ofDays(1));
    }
}
