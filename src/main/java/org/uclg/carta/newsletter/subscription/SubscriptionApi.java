package org.uclg.carta.newsletter.subscription;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.web.InvalidInputException;

/**
 * Sign-up for other sites' forms: open without a token, since it only starts the double opt-in
 * (the address owner still has to click the emailed link); answers 202 and is rate-limited.
 */
@RestController
public class SubscriptionApi {

    private final Subscribers subscribers;
    private final SignupThrottle throttle;

    public SubscriptionApi(Subscribers subscribers, SignupThrottle throttle) {
        this.subscribers = subscribers;
        this.throttle = throttle;
    }

    public record Subscription(String email, String language, List<String> topics) {}

    @PostMapping("/api/v1/newsletter/subscriptions")
    public ResponseEntity<Map<String, Object>> subscribe(@RequestBody Subscription body, HttpServletRequest request) {
        String email = body.email() == null ? "" : body.email().strip();
        if (email.length() > 320 || !email.matches(Subscribers.EMAIL)) {
            throw new InvalidInputException(Map.of("email", "validation.email"));
        }
        if (!throttle.allowed(request.getRemoteAddr(), email)) {
            throw new org.uclg.carta.kit.web.TooManyRequestsException();
        }
        Set<String> topics = body.topics() == null ? Set.of() : new LinkedHashSet<>(body.topics());
        subscribers.subscribe(email, body.language() == null ? "" : body.language(), topics, "api");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "confirmation-sent"));
    }
}
