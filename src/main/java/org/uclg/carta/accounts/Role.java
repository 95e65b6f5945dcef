package org.uclg.carta.accounts;

/** What a person may do; the hierarchy is in {@link SecurityConfig}. */
public enum Role {
    USER,
    REPRESENTATIVE,
    PARTNER,
    EDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
