package org.uclg.carta.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;
    private String name;
    private String tokenHash;
    private String prefix;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(Long accountId, String name, String tokenHash, String prefix, Instant createdAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
    }

    boolean active() {
        return revokedAt == null;
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
        }
    }

    Long id() {
        return id;
    }

    Long accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
