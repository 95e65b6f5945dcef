package org.uclg.carta.kit.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Token buckets by key (a client address, an email address), in memory: enough to stop a script
 * or a prank filling someone's inbox. Bounded: past 100,000 keys they all start afresh.
 */
@Component
public class RateLimits {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one token from the key's bucket of {@code capacity} per {@code window}; false when empty. */
    public boolean take(String key, int capacity, Duration window) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key + "/" + capacity + "/" + window, k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, window)
                                .build())
                        .build())
                .tryConsume(1);
    }
}
