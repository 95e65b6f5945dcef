package org.uclg.carta.kit.security;

import java.util.Set;

/**
 * Who is acting, as business code needs to know it: a name for the audit trail, whether they
 * belong to the secretariat, whether they have the representative role and the local
 * governments they represent. Modules take this
 * rather than the login class, so a rule reads the same from a page, the API or a job.
 */
public record Actor(
        String username, boolean secretariat, boolean admin, boolean representative, Set<Long> localGovernments) {

    public static final Actor ANONYMOUS = new Actor(null, false, false, false, Set.of());

    public Actor {
        localGovernments = Set.copyOf(localGovernments);
    }

    /** What a principal class implements to say who it is. */
    public interface Source {
        Actor actor();
    }

    /** The actor behind a security principal; anonymous for anything else (or nothing). */
    public static Actor of(Object principal) {
        return principal instanceof Source s ? s.actor() : ANONYMOUS;
    }

    public boolean signedIn() {
        return username != null;
    }

    /** The secretariat, or a representative of that local government. */
    public boolean actsFor(Long localGovernmentId) {
        return secretariat || represents(localGovernmentId);
    }

    /** A representative of that local government (the secretariat does not count). */
    public boolean represents(Long localGovernmentId) {
        return localGovernmentId != null && localGovernments.contains(localGovernmentId);
    }
}
