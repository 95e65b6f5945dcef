package org.uclg.carta.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.CartaProperties;

/** What other modules may ask of accounts to write to people: who represents a local government, and sending them mail. */
@Service
public class Notifications {

    private final Accounts accounts;
    private final Mailer mailer;
    private final CartaProperties props;

    Notifications(Accounts accounts, Mailer mailer, CartaProperties props) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.props = props;
    }

    /** Someone to write to, in the language they chose. */
    public record Recipient(String email, String language) {}

    /** The confirmed accounts that act for a local government. */
    @Transactional(readOnly = true)
    public List<Recipient> representativesOf(long localGovernmentId) {
        return accounts.representativesOf(localGovernmentId).stream()
                .map(a -> new Recipient(a.email(), a.preferredLanguage()))
                .toList();
    }

    /** The account behind a sign-in name (an email address), if it exists and is confirmed. */
    @Transactional(readOnly = true)
    public Optional<Long> accountIdOf(String email) {
        return email == null
                ? Optional.empty()
                : accounts.findByEmail(email).filter(Account::enabled).map(Account::id);
    }

    /** The confirmed accounts among these ids, by id, as people to write to. */
    @Transactional(readOnly = true)
    public Map<Long, Recipient> recipients(Collection<Long> accountIds) {
        Map<Long, Recipient> found = new HashMap<>();
        for (Account a : accounts.findAllById(accountIds)) {
            if (a.enabled()) {
                found.put(a.id(), new Recipient(a.email(), a.preferredLanguage()));
            }
        }
        return found;
    }

    /** The confirmed accounts acting for a local government, by id. */
    @Transactional(readOnly = true)
    public List<Long> representativeIdsOf(long localGovernmentId) {
        return accounts.representativesOf(localGovernmentId).stream()
                .map(Account::id)
                .toList();
    }

    /** A file sent with a message, such as an event's invitation (text/calendar). */
    public record Attachment(String filename, String contentType, byte[] content) {}

    /** As {@link #send(Recipient, String, Object...)}, with a file attached. */
    public void send(Recipient to, String kind, Attachment attachment, Object... args) {
        mailer.send(to.email(), kind, to.language(), attachment, args);
    }

    /**
     * As {@link #send(Recipient, String, Object...)}, after the transaction commits and on a
     * background thread: a request answers in the same time whatever the mail server does (a sign-up
     * must not tell by its timing whether the address was known).
     */
    public void sendLater(Recipient to, String kind, Object... args) {
        mailer.sendLater(to.email(), kind, to.language(), args);
    }

    /** Sends the localised message "mail.{kind}.subject" / "mail.{kind}.body" with its arguments. */
    public void send(Recipient to, String kind, Object... args) {
        mailer.send(to.email(), kind, to.language(), args);
    }

    /**
     * A letter written in full by its module (a newsletter issue): plain text, optional HTML, and
     * headers such as List-Unsubscribe.
     */
    public record Letter(String to, String subject, String text, String html, Map<String, String> headers) {}

    /** What a sender of letters hears while they leave, one by one: to record each before and after. */
    public interface LetterProgress {
        void before(int index);

        void after(int index, boolean accepted);
    }

    /**
     * Sends the letters one by one over one connection, calling back before each leaves and once
     * the mail server accepted or refused it. An unreachable server throws before or between letters.
     */
    public void sendLetters(List<Letter> letters, LetterProgress progress) {
        mailer.sendLetters(letters, progress);
    }

    /** The platform's public address, without a trailing slash, for links in mail. */
    public String baseUrl() {
        return props.baseUrl().replaceAll("/$", "");
    }
}
