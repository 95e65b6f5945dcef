package org.uclg.carta.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: a few failed sign-ins per account and a few more per IP
 * address, each within a quarter of an hour (token buckets from Bucket4j).
 */
@Component
class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_IP = 20;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    boolean blocked(String email, String ip) {
        return empty("a:" + Account.normalise(email), PER_ACCOUNT) || empty("ip:" + ip, PER_IP);
    }

    void failed(String email, String ip) {
        bucket("a:" + Account.normalise(email), PER_ACCOUNT).tryConsume(1);
        bucket("ip:" + ip, PER_IP).tryConsume(1);
    }

    void succeeded(String email) {
        buckets.remove("a:" + Account.normalise(email));
    }

    private boolean empty(String key, int capacity) {
        Bucket b = buckets.get(key);
        return b != null && b.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int capacity) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build()).build());
    }
}
