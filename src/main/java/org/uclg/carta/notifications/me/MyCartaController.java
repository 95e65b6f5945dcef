package org.uclg.carta.notifications.me;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.uclg.carta.events.Gatherings;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.monitoring.Reporting;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.notifications.NotificationsPermissions;
import org.uclg.carta.notifications.follow.Follows;
import org.uclg.carta.notifications.inbox.Notices;
import org.uclg.carta.notifications.inbox.Persons;

/**
 * My Carta: what waits for the signed-in person. A representative sees their local governments'
 * open reporting cycles and report states; everyone their latest notices, registrations,
 * reviews to do and follows; editors the reports, resources and moderation reports waiting for them.
 */
@Controller
public class MyCartaController {

    private final Persons persons;
    private final Notices notices;
    private final Follows follows;
    private final Reporting reporting;
    private final Gatherings gatherings;
    private final ResourceSpace library;
    private final Directory directory;
    private final NotificationsPermissions permissions;
    private final Clock clock;

    public MyCartaController(
            Persons persons,
            Notices notices,
            Follows follows,
            Reporting reporting,
            Gatherings gatherings,
            ResourceSpace library,
            Directory directory,
            NotificationsPermissions permissions,
            Clock clock) {
        this.persons = persons;
        this.notices = notices;
        this.follows = follows;
        this.reporting = reporting;
        this.gatherings = gatherings;
        this.library = library;
        this.directory = directory;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GetMapping("/{lang}/me")
    public String page(@PathVariable String lang, Actor user, Model model) {
        long me = persons.require(user);
        boolean secretariat = permissions.seesSecretariatWork(user);
        List<LocalGovernmentView> mine = directory.findAll(user.localGovernments());
        Map<Long, LocalGovernmentView> byId =
                mine.stream().collect(Collectors.toMap(LocalGovernmentView::id, Function.identity()));
        List<Reporting.Awaiting> reviews = secretariat ? reporting.awaitingReview() : List.of();
        model.addAttribute("localGovernments", mine);
        model.addAttribute("due", user.representative() ? reporting.dueFor(user.localGovernments()) : List.of());
        model.addAttribute("notices", notices.page(me, new Paging(1, 5), false));
        model.addAttribute("registrations", gatherings.upcomingRegistrationsOf(user.username(), clock.instant()));
        model.addAttribute("tasks", gatherings.tasksOf(user.username(), secretariat));
        model.addAttribute("follows", follows.of(me).size());
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("reviews", reviews);
        model.addAttribute(
                "reviewed",
                directory
                        .findAll(reviews.stream()
                                .map(Reporting.Awaiting::localGovernmentId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(LocalGovernmentView::id, Function.identity())));
        model.addAttribute("submitted", secretariat ? library.submittedForReview() : List.of());
        model.addAttribute("byId", byId);
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "notifications/me";
    }
}
