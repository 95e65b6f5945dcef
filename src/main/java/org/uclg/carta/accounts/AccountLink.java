package org.uclg.carta.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use link sent by email (confirmation, password reset, invitation), with an expiry. */
@Entity
@Table(name = "account_link")
class AccountLink {

    enum Purpose {
        CONFIRM,
        RESET,
        INVITE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private String email;
    private Long accountId;
    private Long localGovernmentId;
    private Long partnerId;
    private String language;
    private String createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountLink() {}

    AccountLink(
            Purpose purpose,
            String tokenHash,
            String email,
            Long accountId,
            Long localGovernmentId,
            String language,
            String createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.email = email;
        this.accountId = accountId;
        this.localGovernmentId = localGovernmentId;
        this.language = language;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usable(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    Long id() {
        return id;
    }

    Purpose purpose() {
        return purpose;
    }

    String email() {
        return email;
    }

    Long accountId() {
        return accountId;
    }

    Long localGovernmentId() {
        return localGovernmentId;
    }

    Long partnerId() {
        return partnerId;
    }

    AccountLink forPartner(Long partnerId) {
        this.partnerId = partnerId;
        return this;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant usedAt() {
        return usedAt;
    }
}
