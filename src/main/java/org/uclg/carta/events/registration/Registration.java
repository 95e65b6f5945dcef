package org.uclg.carta.events.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import org.uclg.carta.kit.content.WorkflowException;

/** One person's registration to an event: confirmed, waiting for a seat, awaiting approval, or cancelled. */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;

    @Enumerated(EnumType.STRING)
    private RegistrationState state;

    private String name;
    private String email;
    private String language;
    private String accountEmail;
    private Long localGovernmentId;
    private String interpretation;
    private String accessibilityNeeds;
    private String dietaryNeeds;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    @Convert(converter = JsonColumns.Answers.class)
    private Map<String, List<String>> answers = Map.of();

    private Instant createdAt;
    private Instant confirmedAt;
    private Instant cancelledAt;
    private Instant promotedAt;

    @Version
    private long version;

    protected Registration() {}

    Registration(long eventId, RegistrationData d, RegistrationState state, Instant now) {
        this.eventId = eventId;
        this.state = state;
        this.name = d.name();
        this.email = d.email();
        this.language = d.language();
        this.accountEmail = d.accountEmail();
        this.localGovernmentId = d.localGovernmentId();
        this.interpretation = d.interpretation();
        this.accessibilityNeeds = d.accessibilityNeeds();
        this.dietaryNeeds = d.dietaryNeeds();
        this.answers = Map.copyOf(d.answers());
        this.createdAt = now;
        if (state == RegistrationState.CONFIRMED) {
            confirmedAt = now;
        }
    }

    void cancel(Instant now) {
        if (state == RegistrationState.CANCELLED) {
            throw new WorkflowException("events.registration.alreadyCancelled");
        }
        state = RegistrationState.CANCELLED;
        cancelledAt = now;
    }

    /** Takes a seat: from the waiting list (promoted) or by an organiser's approval. */
    void confirm(Instant now, boolean promoted) {
        state = RegistrationState.CONFIRMED;
        confirmedAt = now;
        if (promoted) {
            promotedAt = now;
        }
    }

    void waitForSeat() {
        state = RegistrationState.WAITING;
    }

    RegistrationState state() {
        return state;
    }

    Long id() {
        return id;
    }

    long eventId() {
        return eventId;
    }

    public RegistrationView view() {
        return new RegistrationView(
                id,
                eventId,
                state,
                name,
                email,
                language,
                accountEmail,
                localGovernmentId,
                interpretation,
                accessibilityNeeds,
                dietaryNeeds,
                answers,
                createdAt,
                confirmedAt,
                cancelledAt,
                promotedAt);
    }
}
