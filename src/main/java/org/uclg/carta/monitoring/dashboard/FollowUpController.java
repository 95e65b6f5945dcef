package org.uclg.carta.monitoring.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.MonitoringPermissions;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.monitoring.commitment.CommitmentService;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;

/** A local government's follow-up page: adherences, commitments and reports side by side. */
@Controller
class FollowUpController {

    private final Directory directory;
    private final AdherenceService adherences;
    private final CommitmentService commitments;
    private final FollowUpService followUp;
    private final MonitoringPermissions permissions;

    FollowUpController(
            Directory directory,
            AdherenceService adherences,
            CommitmentService commitments,
            FollowUpService followUp,
            MonitoringPermissions permissions) {
        this.directory = directory;
        this.adherences = adherences;
        this.commitments = commitments;
        this.followUp = followUp;
        this.permissions = permissions;
    }

    @GetMapping("/{lang}/monitoring/local-governments/{id}")
    String localGovernment(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        LocalGovernmentView lg = directory.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("localGovernment", lg);
        model.addAttribute("adherences", adherences.ofLocalGovernment(id));
        model.addAttribute("frameworks", adherences.adherable());
        model.addAttribute("commitments", commitments.of(id, user));
        model.addAttribute("manager", permissions.mayManage(user, id));
        model.addAttribute("followUp", followUp.of(id, lg.name().in(lang).text(), user, true));
        return "monitoring/localGovernment";
    }
}
