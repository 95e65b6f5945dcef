package org.uclg.carta.monitoring.adherence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A local government's adherence to a framework; a withdrawal ends it without deleting it. */
@Entity
@Table(name = "adherence")
public class Adherence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long localGovernmentId;
    private String frameworkCode;
    private LocalDate adheredOn;
    private String decision;
    private String decisionUrl;
    private String signedBy;
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adherence_reservation", joinColumns = @JoinColumn(name = "adherence_id"))
    @MapKeyColumn(name = "article_id")
    @Column(name = "note")
    private Map<Long, String> reservations = new HashMap<>();

    @Version
    private long version;

    protected Adherence() {}

    public Adherence(long localGovernmentId, String frameworkCode, String createdBy, Instant now) {
        this.localGovernmentId = localGovernmentId;
        this.frameworkCode = frameworkCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void apply(AdherenceData d, Instant now) {
        this.adheredOn = d.adheredOn();
        this.decision = d.decision();
        this.decisionUrl = d.decisionUrl();
        this.signedBy = d.signedBy();
        this.reservations.clear();
        this.reservations.putAll(d.reservations());
        this.updatedAt = now;
    }

    public void withdraw(LocalDate on, String reason, Instant now) {
        this.withdrawnOn = on;
        this.withdrawalReason = reason;
        this.updatedAt = now;
    }

    public boolean current() {
        return withdrawnOn == null;
    }

    public long localGovernmentId() {
        return localGovernmentId;
    }

    public AdherenceView view() {
        return new AdherenceView(
                id,
                localGovernmentId,
                frameworkCode,
                adheredOn,
                decision,
                decisionUrl,
                signedBy,
                Map.copyOf(reservations),
                withdrawnOn,
                withdrawalReason,
                version);
    }
}
