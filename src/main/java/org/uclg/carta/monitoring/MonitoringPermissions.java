package org.uclg.carta.monitoring;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.monitoring.reporting.ReportState;
import org.uclg.carta.monitoring.reporting.ReportView;

/**
 * Who may do what in charter follow-up, in one place: pages, the API, templates and
 * method security (@monitoringPermissions in @PreAuthorize) ask here. A local government's adherences,
 * commitments and reports are managed by its representatives and the secretariat; the
 * secretariat alone keeps the indicator library and the cycles and reviews reports.
 */
@Component("monitoringPermissions")
public class MonitoringPermissions {

    /** Record adherences, keep commitments and write reports for this local government. */
    public boolean mayManage(Actor actor, Long localGovernmentId) {
        return actor != null && actor.actsFor(localGovernmentId);
    }

    public void requireManage(Actor actor, Long localGovernmentId) {
        require(mayManage(actor, localGovernmentId), "Not a representative of this local government");
    }

    /** Open the adherence form at all: someone who manages at least one local government. */
    public boolean mayRecordAdherences(Actor actor) {
        return actor != null
                && (actor.secretariat() || !actor.localGovernments().isEmpty());
    }

    public boolean mayReview(Actor actor) {
        return actor != null && actor.secretariat();
    }

    public void requireReview(Actor actor) {
        require(mayReview(actor), "Only the secretariat reviews reports");
    }

    /** A published report is public; a draft is seen by those who manage its local government. */
    public boolean maySee(Actor actor, ReportView report) {
        return report.state() == ReportState.PUBLISHED || mayManage(actor, report.localGovernmentId());
    }

    /** Indicators, reporting cycles and imported values: the secretariat's (for {@code @PreAuthorize}). */
    public boolean mayKeepLibrary(Object principal) {
        return Actor.of(principal).secretariat();
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
