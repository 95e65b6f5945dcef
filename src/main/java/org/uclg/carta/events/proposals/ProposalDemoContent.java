package org.uclg.carta.events.proposals;

import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.events.forum.ForumService;
import org.uclg.carta.events.forum.SessionFormat;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;

/** The next Forum edition's open call, with the demo editor as reviewer and proposals from fictional people. */
@Component
@ConditionalOnProperty(name = "carta.demo", havingValue = "true")
@Order(63)
public class ProposalDemoContent implements ApplicationRunner {

    private static final Actor DEMO = new Actor("demo", true, true, false, Set.of());

    private final ProposalService proposals;
    private final ForumService forum;

    public ProposalDemoContent(ProposalService proposals, ForumService forum) {
        this.proposals = proposals;
        this.forum = forum;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        EventView next = forum.editions().stream()
                .filter(e -> e.data().startsAt().isAfter(java.time.Instant.now()))
                .reduce((a, b) -> b)
                .orElse(null);
        if (next == null || proposals.call(next.id()).isPresent()) {
            return;
        }
        proposals.openCall(
                next,
                proposals.today().minusDays(15),
                proposals.today().plusDays(30),
                List.of(SessionFormat.THEMATIC, SessionFormat.WORKSHOP, SessionFormat.SIDE_EVENT),
                TranslatableText.of(
                        "Proposez une session qui part d'une pratique locale et dit ce qu'elle a changé pour les habitants.",
                        "Propose a session that starts from a local practice and says what it changed for residents.",
                        "Proponga una sesión que parta de una práctica local y diga qué cambió para los vecinos."),
                DEMO);
        proposals.inviteReviewers(next, List.of("editor@carta.example"), DEMO);
        proposals.submit(
                next,
                new ProposalData(
                        "Guarderías municipales y derecho al cuidado",
                        "Tres ciudades latinoamericanas comparan cómo sus redes de guarderías públicas liberan tiempo para las mujeres y qué indicadores usan para medirlo.",
                        SessionFormat.THEMATIC,
                        null,
                        "es",
                        "Tomás Rivera (Medellín), Ana Sousa (São Paulo)",
                        null,
                        Set.of()),
                new Actor("tomas.rivera@demo.carta.example", false, false, false, Set.of()),
                "Tomás Rivera",
                "es");
        proposals.submit(
                next,
                new ProposalData(
                        "Mapping accessibility with residents",
                        "A hands-on workshop: residents with disabilities and city staff map barriers in a neighbourhood with an open-source tool, then rank the fixes.",
                        SessionFormat.WORKSHOP,
                        null,
                        "en",
                        "Ingrid Svensson (Lund)",
                        null,
                        Set.of()),
                new Actor("ingrid.svensson@demo.carta.example", false, false, false, Set.of()),
                "Ingrid Svensson",
                "en");
    }
}
