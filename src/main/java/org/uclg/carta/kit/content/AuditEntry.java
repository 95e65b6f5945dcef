package org.uclg.carta.kit.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String itemType;
    private String itemId;
    private String action;
    private String actor;
    private Instant at;
    private String details;

    protected AuditEntry() {}

    AuditEntry(String itemType, String itemId, String action, String actor, Instant at, String details) {
        this.itemType = itemType;
        this.itemId = itemId;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.details = details;
    }

    AuditTrail.Change toChange() {
        return new AuditTrail.Change(action, actor, at, details);
    }
}
