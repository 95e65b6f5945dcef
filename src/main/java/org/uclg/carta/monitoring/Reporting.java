package org.uclg.carta.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.monitoring.adherence.Adherences;
import org.uclg.carta.monitoring.reporting.CycleService;
import org.uclg.carta.monitoring.reporting.CycleView;
import org.uclg.carta.monitoring.reporting.Report;
import org.uclg.carta.monitoring.reporting.ReportState;
import org.uclg.carta.monitoring.reporting.Reports;

/** What other modules may ask of charter follow-up: the open cycles a local government owes a report to, the reports that wait for review. */
@Service
public class Reporting {

    private final CycleService cycles;
    private final Reports reports;
    private final Adherences adherences;
    private final Clock clock;

    Reporting(CycleService cycles, Reports reports, Adherences adherences, Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.adherences = adherences;
        this.clock = clock;
    }

    /**
     * An open cycle a local government adheres to, with its report so far.
     *
     * @param reportState a report state code, or null when the report is not started
     * @param reportPath the report's page, or null when it is not started
     */
    public record Due(
            long cycleId,
            TranslatableText cycleTitle,
            String cyclePath,
            LocalDate deadline,
            long localGovernmentId,
            String reportState,
            String reportPath) {}

    /** Today's open cycles of the frameworks these local governments adhere to, nearest deadline first. */
    @Transactional(readOnly = true)
    public List<Due> dueFor(Collection<Long> localGovernmentIds) {
        List<Due> due = new ArrayList<>();
        for (CycleView c : cycles.openOn(LocalDate.now(clock))) {
            for (long lg : localGovernmentIds) {
                if (adherences.current(lg, c.frameworkCode()).isEmpty()) {
                    continue;
                }
                Optional<Report> r = reports.find(c.id(), lg);
                due.add(new Due(
                        c.id(),
                        c.title(),
                        c.path(),
                        c.deadline(),
                        lg,
                        r.map(x -> x.state().code()).orElse(null),
                        r.map(x -> "/monitoring/reports/" + x.id()).orElse(null)));
            }
        }
        due.sort(java.util.Comparator.comparing(Due::deadline));
        return due;
    }

    /** A report an editor should look at. */
    public record Awaiting(
            long reportId, long localGovernmentId, TranslatableText cycleTitle, String state, String path) {}

    /** Submitted reports and reports under review, oldest first. */
    @Transactional(readOnly = true)
    public List<Awaiting> awaitingReview() {
        List<Awaiting> out = new ArrayList<>();
        for (CycleView c : cycles.newestFirst()) {
            for (ReportState s : List.of(ReportState.SUBMITTED, ReportState.UNDER_REVIEW)) {
                for (Report r : reports.ofCycle(c.id(), s)) {
                    out.add(new Awaiting(
                            r.id(), r.localGovernmentId(), c.title(), s.code(), "/monitoring/reports/" + r.id()));
                }
            }
        }
        return out;
    }

    /** A cycle's title, for other modules that tell of its reports. */
    @Transactional(readOnly = true)
    public Optional<TranslatableText> cycleTitle(long cycleId) {
        return cycles.newestFirst().stream()
                .filter(c -> c.id() == cycleId)
                .map(CycleView::title)
                .findFirst();
    }

    /** An open reporting cycle and how many of its reports are published so far. */
    public record OpenCycle(
            TranslatableText title, String path, String frameworkCode, LocalDate deadline, long published) {}

    /**
     * The charter figures of the front pages.
     *
     * @param adherents local governments that adhere to at least one charter today
     */
    public record Figures(long adherents, List<OpenCycle> openCycles) {}

    @Transactional(readOnly = true)
    public Figures figures() {
        // Counted by the database: the home page asks on every visit.
        long adherents = adherences.currentAdherents();
        List<OpenCycle> open = cycles.openOn(LocalDate.now(clock)).stream()
                .map(c -> new OpenCycle(
                        c.title(),
                        c.path(),
                        c.frameworkCode(),
                        c.deadline(),
                        reports.countByCycleIdAndState(c.id(), ReportState.PUBLISHED)))
                .toList();
        return new Figures(adherents, open);
    }
}
