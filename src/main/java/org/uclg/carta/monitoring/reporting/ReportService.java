package org.uclg.carta.monitoring.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.MonitoringPermissions;
import org.uclg.carta.monitoring.ReportPublished;
import org.uclg.carta.monitoring.ReportReturned;
import org.uclg.carta.monitoring.adherence.Adherences;
import org.uclg.carta.monitoring.indicator.IndicatorValues;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.taxonomy.ArticleRef;

/**
 * Self-assessment reports: written by a local government's representatives, reviewed by the
 * secretariat. Only published reports are public, and only published values reach the dashboards.
 */
@Service
@Transactional
public class ReportService {

    public static final String ITEM_TYPE = "report";

    private final Reports reports;
    private final CycleService cycleService;
    private final Adherences adherences;
    private final IndicatorValues values;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final MonitoringPermissions permissions;

    public ReportService(
            Reports reports,
            CycleService cycleService,
            Adherences adherences,
            IndicatorValues values,
            AuditTrail audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            MonitoringPermissions permissions) {
        this.permissions = permissions;
        this.events = events;
        this.reports = reports;
        this.cycleService = cycleService;
        this.adherences = adherences;
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    /** A report this viewer may see; anything unpublished is "not found" to others. */
    @Transactional(readOnly = true)
    public ReportView visible(long id, Actor viewer) {
        ReportView r = reports.findById(id).map(Report::view).orElseThrow(NotFoundException::new);
        if (!permissions.maySee(viewer, r)) {
            throw new NotFoundException();
        }
        return r;
    }

    /** The reports of a cycle this viewer may see. */
    @Transactional(readOnly = true)
    public List<ReportView> ofCycle(long cycleId, Actor viewer) {
        return reports.ofCycle(cycleId).stream()
                .map(Report::view)
                .filter(r -> permissions.maySee(viewer, r))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ReportView> publishedOfCycle(long cycleId) {
        return reports.ofCycle(cycleId, ReportState.PUBLISHED).stream()
                .map(Report::view)
                .toList();
    }

    /** A local government's reports this viewer may see, newest first. */
    @Transactional(readOnly = true)
    public List<ReportView> ofLocalGovernment(long localGovernmentId, Actor viewer) {
        return reports.ofLocalGovernment(localGovernmentId).stream()
                .map(Report::view)
                .filter(r -> permissions.maySee(viewer, r))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ReportView> find(long cycleId, long localGovernmentId) {
        return reports.find(cycleId, localGovernmentId).map(Report::view);
    }

    /** Opens the local government's report for the cycle (or finds the one already begun). */
    public long start(long cycleId, long localGovernmentId, Actor user) {
        CycleView cycle = cycleService.find(cycleId);
        permissions.requireManage(user, localGovernmentId);
        Optional<Report> existing = reports.find(cycleId, localGovernmentId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        if (adherences.current(localGovernmentId, cycle.frameworkCode()).isEmpty()) {
            throw new WorkflowException("monitoring.report.error.notAdherent");
        }
        Report r = reports.save(new Report(cycleId, localGovernmentId, user.username(), Instant.now(clock)));
        audit.record(ITEM_TYPE, r.id(), "started", null);
        return r.id();
    }

    /**
     * Saves what the representatives wrote; with {@code submit}, then checks that nothing asked is
     * missing and sends it for review. The draft is saved either way, so nothing typed is lost.
     *
     * @return what is missing for submission (nothing when saved or submitted)
     */
    public FieldErrors save(long id, long seenVersion, ReportDraft draft, boolean submit, Actor user) {
        Report r = reports.findById(id).orElseThrow(NotFoundException::new);
        permissions.requireManage(user, r.localGovernmentId());
        if (!r.state().editable()) {
            throw new WorkflowException("monitoring.report.error.notEditable");
        }
        if (r.version() != seenVersion) {
            throw new ReportConflictException(r.view());
        }
        Instant now = Instant.now(clock);
        r.write(draft, user.username(), now);
        FieldErrors missing = new FieldErrors();
        if (submit) {
            missing = completeness(cycleService.find(r.cycleId()), r.view());
            if (!missing.any()) {
                r.moveTo(ReportState.SUBMITTED, user.username(), now);
                audit.record(ITEM_TYPE, id, "submitted", null);
                return missing;
            }
        }
        audit.record(ITEM_TYPE, id, "saved", null);
        return missing;
    }

    /** What a report still lacks before it can be submitted: a status for each article asked, a narrative, each value. */
    public FieldErrors completeness(CycleView cycle, ReportView r) {
        FieldErrors missing = new FieldErrors();
        for (ArticleRef a : cycleService.askedArticles(cycle)) {
            Optional<ReportView.AnswerView> answer = r.answer(a.id());
            String status = answer.map(ReportView.AnswerView::status).orElse(null);
            if (status == null || !cycle.scale().has(status)) {
                missing.reject("status-" + a.id(), "monitoring.report.error.status");
            } else if (!StatusScale.NOT_APPLICABLE.equals(status)
                    && answer.get().narrative().values().values().stream().allMatch(String::isBlank)) {
                missing.reject("narrative-" + a.id(), "monitoring.report.error.narrative");
            }
        }
        for (IndicatorView i : cycleService.askedIndicators(cycle)) {
            if (r.value(i.id()).isEmpty()) {
                missing.reject("value-" + i.id(), "monitoring.report.error.value");
            }
        }
        return missing;
    }

    public void startReview(long id, Actor user) {
        Report r = reviewed(id, user, ReportState.SUBMITTED);
        r.moveTo(ReportState.UNDER_REVIEW, user.username(), Instant.now(clock));
        audit.record(ITEM_TYPE, id, "reviewStarted", null);
    }

    public void returnToAuthors(long id, String comment, Actor user) {
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("monitoring.report.error.comment");
        }
        Report r = reviewed(id, user, ReportState.SUBMITTED, ReportState.UNDER_REVIEW);
        r.comment(comment.strip());
        r.moveTo(ReportState.RETURNED, user.username(), Instant.now(clock));
        audit.record(ITEM_TYPE, id, "returned", comment.strip());
        events.publishEvent(new ReportReturned(id, r.localGovernmentId(), r.cycleId()));
    }

    /** Publishes the report: it becomes public and its indicator values reach the dashboards. */
    public void publish(long id, Actor user) {
        Report r = reviewed(id, user, ReportState.UNDER_REVIEW);
        r.moveTo(ReportState.PUBLISHED, user.username(), Instant.now(clock));
        for (ReportView.ValueView v : r.view().values()) {
            values.put(
                    new IndicatorValues.Point(
                            v.indicatorId(), r.localGovernmentId(), v.year(), v.disaggregation(), v.value()),
                    id);
        }
        audit.record(ITEM_TYPE, id, "published", null);
        events.publishEvent(new ReportPublished(id, r.localGovernmentId(), r.cycleId()));
    }

    private Report reviewed(long id, Actor user, ReportState... from) {
        permissions.requireReview(user);
        Report r = reports.findById(id).orElseThrow(NotFoundException::new);
        if (!List.of(from).contains(r.state())) {
            throw new WorkflowException("workflow.transition.invalid");
        }
        return r;
    }
}
