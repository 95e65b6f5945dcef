package org.uclg.carta.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;
    private boolean enabled;
    private String preferredLanguage;
    private Instant createdAt;
    private Instant sessionsValidFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_local_government", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "local_government_id")
    private Set<Long> localGovernments = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_partner", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "partner_id")
    private Set<Long> partners = new HashSet<>();

    @Version
    private long version;

    protected Account() {}

    Account(String email, String displayName, String passwordHash, String preferredLanguage, Instant createdAt) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
        this.roles.add(Role.USER);
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Ends every session signed in before now. */
    void endSessions(Instant now) {
        this.sessionsValidFrom = now;
    }

    Instant sessionsValidFrom() {
        return sessionsValidFrom;
    }

    void confirm() {
        this.enabled = true;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    void updateProfile(String displayName, String preferredLanguage) {
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
    }

    void grant(Role role) {
        roles.add(role);
    }

    void setRoles(Set<Role> newRoles) {
        roles.clear();
        roles.add(Role.USER);
        roles.addAll(newRoles);
    }

    void represent(long localGovernmentId) {
        localGovernments.add(localGovernmentId);
        roles.add(Role.REPRESENTATIVE);
    }

    void representPartner(long partnerId) {
        partners.add(partnerId);
        roles.add(Role.PARTNER);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Set<Long> localGovernments() {
        return Set.copyOf(localGovernments);
    }

    Set<Long> partners() {
        return Set.copyOf(partners);
    }

    Instant createdAt() {
        return createdAt;
    }
}
