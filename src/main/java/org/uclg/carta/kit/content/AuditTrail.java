package org.uclg.carta.kit.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what and when, for every item of every module; editors read it on each item. */
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records a change in the caller's transaction, attributed to the signed-in person. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String itemType, Object itemId, String action, String details) {
        entries.save(
                new AuditEntry(itemType, String.valueOf(itemId), action, currentActor(), Instant.now(clock), details));
    }

    @Transactional(readOnly = true)
    public List<Change> history(String itemType, Object itemId) {
        return entries.findTop100ByItemTypeAndItemIdOrderByAtDescIdDesc(itemType, String.valueOf(itemId)).stream()
                .map(AuditEntry::toChange)
                .toList();
    }

    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    /** One line of an item's history; {@code action} is a message key suffix (created, updated…). */
    public record Change(String action, String actor, Instant at, String details) {}
}
