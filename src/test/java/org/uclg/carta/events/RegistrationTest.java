package org.uclg.carta.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.uclg.carta.events.calendar.EventData;
import org.uclg.carta.events.calendar.EventKind;
import org.uclg.carta.events.calendar.EventService;
import org.uclg.carta.events.calendar.EventState;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.events.calendar.RegistrationMode;
import org.uclg.carta.events.registration.RegistrationData;
import org.uclg.carta.events.registration.RegistrationService;
import org.uclg.carta.events.registration.RegistrationState;
import org.uclg.carta.events.registration.RegistrationView;
import org.uclg.carta.events.registration.Seats;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registration as people live it, with its emails through a real SMTP server (GreenMail). */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "carta.db.embedded-temporary=true",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.data-dir=target/test-data-events-${random.uuid}",
            "carta.base-url=http://carta.test",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3026",
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "carta.mail.from=carta@carta.test",
            "carta.admin.email=root@carta.test",
            "carta.admin.password=root-password-1",
            "spring.task.execution.shutdown.await-termination-period=1s"
        })
@AutoConfigureMockMvc
class RegistrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3026, "127.0.0.1", "smtp"));

    static final Actor SECRETARIAT = new Actor("secretariat@carta.test", true, false, false, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    private long openEvent(int capacity) {
        Instant start = Instant.now().plus(Duration.ofDays(30));
        long id = events.create(
                new EventData(
                        EventKind.LEARNING,
                        TranslatableText.of("Atelier budgets", "Budget workshop", "Taller de presupuestos"),
                        TranslatableText.empty(),
                        TranslatableText.empty(),
                        start,
                        start.plus(Duration.ofHours(3)),
                        ZoneId.of("America/Montevideo"),
                        new EventData.Venue("Intendencia", null, "Montevideo", "UY", null, null),
                        null,
                        "LATAM",
                        Set.of("es"),
                        Set.of(),
                        TranslatableText.empty(),
                        TranslatableText.empty(),
                        List.of(),
                        List.of(),
                        Set.of(),
                        new EventData.Registration(RegistrationMode.OPEN, null, null, capacity, false)),
                SECRETARIAT);
        events.publish(id, SECRETARIAT);
        return id;
    }

    @Test
    void aFullEventPutsPeopleOnTheWaitingListAndACancellationPromotesTheNextOnceByEmail() throws Exception {
        long id = openEvent(1);
        mvc.perform(post("/es/events/" + id + "/register")
                        .with(csrf())
                        .param("name", "")
                        .param("email", "no-es-correo")
                        .param("language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este campo es obligatorio.")))
                .andExpect(content().string(containsString("value=\"no-es-correo\"")));
        String first = mvc.perform(post("/es/events/" + id + "/register")
                        .with(csrf())
                        .param("name", "Lucía Fernández")
                        .param("email", "lucia@carta.test")
                        .param("language", "es")
                        .param("dietaryNeeds", "Vegetariana"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post("/es/events/" + id + "/register")
                        .with(csrf())
                        .param("name", "Lucía otra vez")
                        .param("email", "LUCIA@carta.test")
                        .param("language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Esta dirección ya está inscrita")));
        mvc.perform(post("/en/events/" + id + "/register")
                        .with(csrf())
                        .param("name", "Kwame Mensah")
                        .param("email", "kwame@carta.test")
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection());

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage confirmed = message("lucia@carta.test", "Inscripción confirmada: Taller de presupuestos");
        MimeMultipart parts = (MimeMultipart) confirmed.getContent();
        String text = null;
        boolean calendar = false;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart inner) {
                text = inner.getBodyPart(0).getContent().toString();
            } else if (part.getContentType().startsWith("text/calendar")) {
                calendar = GreenMailUtil.getBody(part).contains("BEGIN:VCALENDAR")
                        || part.getContent().toString().contains("BEGIN:VCALENDAR");
            } else if (part.getContent() instanceof String s && text == null) {
                text = s;
            }
        }
        assertThat(calendar).isTrue();
        assertThat(text).contains("Hola, Lucía Fernández").contains("http://carta.test" + first);
        assertThat(message("kwame@carta.test", "Waiting list: Budget workshop")).isNotNull();

        mvc.perform(get(first)).andExpect(status().isOk()).andExpect(content().string(containsString("Confirmada")));
        mvc.perform(get(first.replaceAll("token=.*", "token=forged"))).andExpect(status().isNotFound());
        String token = first.substring(first.indexOf("token=") + 6);
        long rid = Long.parseLong(first.replaceAll(".*/registrations/(\\d+)\\?.*", "$1"));
        mvc.perform(post("/es/events/registrations/" + rid + "/cancel")
                        .with(csrf())
                        .param("token", token))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/es/events/registrations/" + (rid + 1) + "/cancel")
                        .with(csrf())
                        .param("token", token))
                .andExpect(status().isNotFound()); // someone else's registration, with my token

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length >= 3);
        Thread.sleep(500);
        long promotions = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals("A seat is yours: Budget workshop"))
                .count();
        assertThat(promotions).isEqualTo(1);
        EventView e = events.visible(id, SECRETARIAT);
        assertThat(registrations.seats(e)).isEqualTo(new Seats(1, 1, 0, 0));
    }

    @Test
    void fiftySimultaneousRegistrationsForTenSeatsGiveTenConfirmedAndFortyWaiting() throws Exception {
        long id = openEvent(10);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationView>> done = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            Callable<RegistrationView> register = () -> {
                start.await();
                return registrations.register(
                        id,
                        new RegistrationData(
                                "Person " + n, "p" + n + "@carta.test", "en", null, null, null, null, null, Map.of()));
            };
            done.add(pool.submit(register));
        }
        start.countDown();
        List<RegistrationView> all = new ArrayList<>();
        for (Future<RegistrationView> f : done) {
            all.add(f.get());
        }
        pool.shutdown();
        assertThat(all.stream().filter(r -> r.state() == RegistrationState.CONFIRMED))
                .hasSize(10);
        assertThat(all.stream().filter(r -> r.state() == RegistrationState.WAITING))
                .hasSize(40);

        RegistrationView leaving = all.stream()
                .filter(r -> r.state() == RegistrationState.CONFIRMED)
                .findFirst()
                .orElseThrow();
        RegistrationView firstWaiting = all.stream()
                .filter(r -> r.state() == RegistrationState.WAITING)
                .min(java.util.Comparator.comparing(RegistrationView::createdAt).thenComparing(RegistrationView::id))
                .orElseThrow();
        registrations.cancelWithLink(leaving.id(), registrations.linkToken(leaving.id()));
        EventView e = events.visible(id, SECRETARIAT);
        assertThat(registrations.seats(e)).isEqualTo(new Seats(10, 10, 39, 0));
        assertThat(registrations.find(firstWaiting.id()).orElseThrow().state()).isEqualTo(RegistrationState.CONFIRMED);
    }

    @Test
    void registrationClosedOrForAnUnpublishedEventIsRefusedWithAReason() throws Exception {
        long id = openEvent(5);
        events.interrupt(id, EventState.CANCELLED, TranslatableText.of(null, "Storm warning", null), SECRETARIAT);
        mvc.perform(post("/en/events/" + id + "/register")
                        .with(csrf())
                        .param("name", "Late")
                        .param("email", "late@carta.test")
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/events/" + id))
                .andExpect(content().string(containsString("This event is cancelled.")))
                .andExpect(content().string(containsString("Storm warning")));
        mvc.perform(post("/en/events/424242/register")
                        .with(csrf())
                        .param("name", "X")
                        .param("email", "x@carta.test"))
                .andExpect(status().isNotFound());
    }

    private static MimeMessage message(String to, String subject) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to) && subject(m).equals(subject)) {
                return m;
            }
        }
        throw new AssertionError("No mail to " + to + " titled " + subject);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
