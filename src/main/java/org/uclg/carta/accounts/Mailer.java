package org.uclg.carta.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.uclg.carta.kit.CartaProperties;

/**
 * Sends localised emails through SMTP when it is configured; otherwise keeps them in the
 * platform, where admins read them (delivered mail is not kept: it holds single-use links) (so a demo works without a mail server).
 */
@Component
class Mailer {

    /**
     * One sender thread and a bounded queue: a flood of requests drops mail rather than memory. Not
     * a durable event on purpose: the emails hold single-use links, which are never kept in clear.
     */
    @Configuration(proxyBeanMethods = false)
    static class MailExecutor {
        @Bean
        ThreadPoolTaskExecutor mailExecutor(ThreadPoolTaskExecutorBuilder builder) {
            ThreadPoolTaskExecutor executor = builder.corePoolSize(1)
                    .maxPoolSize(1)
                    .queueCapacity(1_000)
                    .threadNamePrefix("carta-mail-")
                    .build();
            executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
            return executor;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MessageSource messages;
    private final CapturedMails captured;
    private final CartaProperties props;
    private final Clock clock;
    private final JavaMailSender sender;
    private final Executor background;

    Mailer(
            MessageSource messages,
            CapturedMails captured,
            CartaProperties props,
            Clock clock,
            ObjectProvider<JavaMailSender> sender,
            @Qualifier("mailExecutor") Executor background) {
        this.background = background;
        this.messages = messages;
        this.captured = captured;
        this.props = props;
        this.clock = clock;
        this.sender = sender.getIfAvailable(); // Boot's, built when spring.mail.host is set
    }

    /**
     * Sends after the transaction commits, on a background thread, so that how long the mail
     * server takes never shows in the answer (registration and reset would otherwise tell who
     * has an account by their timing).
     */
    void sendLater(String to, String kind, String lang, Object... args) {
        Runnable task = () -> {
            try {
                send(to, kind, lang, args);
            } catch (RuntimeException e) {
                log.warn("Mail '{}' to {} not sent: {}", kind, to, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    background.execute(task);
                }
            });
        } else {
            background.execute(task);
        }
    }

    /** Sends "mail.{kind}.subject" and "mail.{kind}.body" in the language, with the link as {0}. */
    void send(String to, String kind, String lang, Object... args) {
        send(to, kind, lang, (Notifications.Attachment) null, args);
    }

    /** As {@link #send(String, String, String, Object...)}, with a file attached (an invitation's .ics). */
    void send(String to, String kind, String lang, Notifications.Attachment attachment, Object... args) {
        Locale locale = Locale.forLanguageTag(lang);
        String subject = messages.getMessage("mail." + kind + ".subject", args, locale);
        String body = messages.getMessage("mail." + kind + ".body", args, locale);
        boolean delivered = false;
        if (sender != null && attachment != null) {
            sendMime(to, subject, body, attachment);
            delivered = true;
        } else if (sender != null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(props.mail().from());
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
            delivered = true;
        } else {
            log.info("No SMTP server configured: mail '{}' to {} kept in the platform (Admin > Mail)", subject, to);
        }
        if (!delivered) {
            String kept = attachment == null ? body : body + "\n\n[" + attachment.filename() + "]";
            captured.save(new CapturedMail(to, subject, kept, Instant.now(clock), false));
        }
    }

    private void sendMime(String to, String subject, String body, Notifications.Attachment attachment) {
        try {
            jakarta.mail.internet.MimeMessage message = sender.createMimeMessage();
            org.springframework.mail.javamail.MimeMessageHelper helper =
                    new org.springframework.mail.javamail.MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(props.mail().from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            helper.addAttachment(
                    attachment.filename(),
                    new org.springframework.core.io.ByteArrayResource(attachment.content()),
                    attachment.contentType());
            sender.send(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new org.springframework.mail.MailPreparationException(e);
        }
    }

    /**
     * Sends prepared letters one after the other over one connection to the mail server (a
     * newsletter's batch), telling the caller before each letter leaves and whether the server
     * accepted it, so the caller can record each one as it goes. Without a mail server they are kept.
     */
    void sendLetters(java.util.List<Notifications.Letter> letters, Notifications.LetterProgress progress) {
        if (sender == null) {
            for (int i = 0; i < letters.size(); i++) {
                Notifications.Letter l = letters.get(i);
                progress.before(i);
                captured.save(new CapturedMail(l.to(), l.subject(), l.text(), Instant.now(clock), false));
                progress.after(i, true);
            }
            return;
        }
        if (!(sender instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl)) {
            for (int i = 0; i < letters.size(); i++) {
                progress.before(i);
                sender.send(mime(letters.get(i)));
                progress.after(i, true);
            }
            return;
        }
        try {
            jakarta.mail.Transport transport = impl.getSession().getTransport(impl.getProtocol());
            transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
            try {
                for (int i = 0; i < letters.size(); i++) {
                    jakarta.mail.internet.MimeMessage message = mime(letters.get(i));
                    message.saveChanges();
                    progress.before(i);
                    boolean accepted = true;
                    try {
                        transport.sendMessage(message, message.getAllRecipients());
                    } catch (jakarta.mail.SendFailedException refused) {
                        accepted = false;
                    }
                    progress.after(i, accepted);
                }
            } finally {
                transport.close();
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new org.springframework.mail.MailSendException("The mail server could not be reached", e);
        }
    }

    private jakarta.mail.internet.MimeMessage mime(Notifications.Letter l) {
        try {
            jakarta.mail.internet.MimeMessage message = sender.createMimeMessage();
            org.springframework.mail.javamail.MimeMessageHelper helper =
                    new org.springframework.mail.javamail.MimeMessageHelper(message, l.html() != null, "UTF-8");
            helper.setFrom(props.mail().from());
            helper.setTo(l.to());
            helper.setSubject(l.subject());
            if (l.html() != null) {
                helper.setText(l.text(), l.html());
            } else {
                helper.setText(l.text());
            }
            for (var h : l.headers().entrySet()) {
                message.setHeader(h.getKey(), h.getValue());
            }
            return message;
        } catch (jakarta.mail.MessagingException e) {
            throw new org.springframework.mail.MailPreparationException(e);
        }
    }
}
