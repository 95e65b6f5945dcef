package org.uclg.carta.accounts;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.Viewer;

/** The signed-in person as Spring Security and the page layout see them. */
public final class CartaUser implements UserDetails, CredentialsContainer, Viewer, Actor.Source {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final String language;
    private final Set<Role> roles;
    private final Set<Long> localGovernments;
    private final boolean enabled;
    private String passwordHash;

    CartaUser(Account a) {
        this.accountId = a.id();
        this.email = a.email();
        this.displayName = a.displayName();
        this.language = a.preferredLanguage();
        this.roles = a.roles();
        this.localGovernments = a.localGovernments();
        this.enabled = a.enabled();
        this.passwordHash = a.passwordHash();
    }

    public long accountId() {
        return accountId;
    }

    /** The local governments this person acts for. */
    public Set<Long> localGovernments() {
        return localGovernments;
    }

    /** Whether this person may manage a local government's content: the secretariat, or its representatives. */
    public boolean actsFor(long localGovernmentId) {
        return secretariat() || localGovernments.contains(localGovernmentId);
    }

    /** Editors and admins: the secretariat, who review and manage everything. */
    public boolean secretariat() {
        return has(Role.EDITOR) || has(Role.ADMIN);
    }

    @Override
    public Actor actor() {
        return new Actor(getUsername(), secretariat(), has(Role.ADMIN), has(Role.REPRESENTATIVE), localGovernments);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        // Admins are editors too, and everyone signed in is a registered person.
        Set<Role> all = java.util.EnumSet.copyOf(roles.isEmpty() ? Set.of(Role.USER) : roles);
        all.add(Role.USER);
        if (all.contains(Role.ADMIN)) {
            all.add(Role.EDITOR);
        }
        return all.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String preferredLanguage() {
        return language;
    }
}
