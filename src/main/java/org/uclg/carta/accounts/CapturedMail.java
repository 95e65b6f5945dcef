package org.uclg.carta.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A copy of an outgoing email, kept when no SMTP server is configured so admins can read it. */
@Entity
@Table(name = "captured_mail")
class CapturedMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String subject;
    private String body;
    private Instant sentAt;
    private boolean delivered;

    protected CapturedMail() {}

    CapturedMail(String recipient, String subject, String body, Instant sentAt, boolean delivered) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.sentAt = sentAt;
        this.delivered = delivered;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
