package org.uclg.carta.newsletter.subscription;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Bounds sign-ups per client address and per email address, so neither a script nor a prank can
 * fill someone's inbox with confirmation emails: 10 per address an hour, 3 per email a day.
 */
@Component
public class SignupThrottle {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public boolean allowed(String clientAddress, String email) {
        return take("ip:" + clientAddress, 10, Duration.ofHours(1))
                && take("mail:" + email.strip().toLowerCase(java.util.Locale.ROOT), 3, Duration.ofDays(1));
    }

    private boolean take(String key, int capacity, Duration window) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, window)
                                .build())
                        .build())
                .tryConsume(1);
    }
}
