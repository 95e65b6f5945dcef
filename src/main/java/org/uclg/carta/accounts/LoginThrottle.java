package org.uclg.carta.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing anyone a way to lock others out: a few failed
 * sign-ins per account from one client address, a few more per address, each bucket refilling
 * one try at a time over a quarter of an hour (Bucket4j). The owner signing in from another
 * address is never stopped by failures from elsewhere.
 */
@Component
class LoginThrottle {

    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 20;
    static final int RESETS_PER_ACCOUNT = 3;
    static final int RESETS_PER_ADDRESS = 10;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration RESET_WINDOW = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    boolean blocked(String email, String address) {
        return empty(accountKey(email, address)) || empty("ip:" + address);
    }

    void failed(String email, String address) {
        bucket(accountKey(email, address), PER_ACCOUNT_AND_ADDRESS, WINDOW).tryConsume(1);
        bucket("ip:" + address, PER_ADDRESS, WINDOW).tryConsume(1);
    }

    void succeeded(String email, String address) {
        buckets.remove(accountKey(email, address));
    }

    /** False when this address asked for too many reset emails. */
    boolean resetAllowedFrom(String address) {
        return bucket("reset-ip:" + address, RESETS_PER_ADDRESS, RESET_WINDOW).tryConsume(1);
    }

    /** False when this account was sent enough reset emails for now. */
    boolean resetAllowedFor(String email) {
        return bucket("reset:" + Account.normalise(email), RESETS_PER_ACCOUNT, RESET_WINDOW)
                .tryConsume(1);
    }

    private static String accountKey(String email, String address) {
        return "a:" + Account.normalise(email) + "|" + address;
    }

    private boolean empty(String key) {
        Bucket b = buckets.get(key);
        return b != null && b.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int capacity, Duration window) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, window)
                        .build())
                .build());
    }
}
