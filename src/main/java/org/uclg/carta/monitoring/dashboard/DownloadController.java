package org.uclg.carta.monitoring.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.uclg.carta.kit.csv.TableWriter;
import org.uclg.carta.kit.web.Ctx;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.monitoring.commitment.CommitmentService;
import org.uclg.carta.monitoring.reporting.CycleService;
import org.uclg.carta.monitoring.reporting.CycleView;
import org.uclg.carta.monitoring.reporting.PdfReports;
import org.uclg.carta.monitoring.reporting.ReportService;
import org.uclg.carta.monitoring.reporting.ReportView;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;

/** PDF reports and CSV/Excel downloads: public data only, whoever asks. */
@Controller
public class DownloadController {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Directory directory;
    private final AdherenceService monitoring;
    private final CommitmentService commitments;
    private final FollowUpService followUp;
    private final CycleService cycles;
    private final ReportService reports;
    private final DashboardService dashboards;
    private final MonitoringExports exports;
    private final PdfReports pdf;
    private final Clock clock;

    public DownloadController(
            Directory directory,
            AdherenceService monitoring,
            CommitmentService commitments,
            FollowUpService followUp,
            CycleService cycles,
            ReportService reports,
            DashboardService dashboards,
            MonitoringExports exports,
            PdfReports pdf,
            Clock clock) {
        this.directory = directory;
        this.monitoring = monitoring;
        this.commitments = commitments;
        this.followUp = followUp;
        this.cycles = cycles;
        this.reports = reports;
        this.dashboards = dashboards;
        this.exports = exports;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/{lang}/monitoring/local-governments/{id}/report.pdf")
    public ResponseEntity<byte[]> localGovernmentPdf(@PathVariable String lang, @PathVariable long id, Model model) {
        LocalGovernmentView lg = directory.find(id).orElseThrow(NotFoundException::new);
        Map<String, Object> params = new HashMap<>();
        params.put("ctx", model.getAttribute("ctx"));
        params.put("localGovernment", lg);
        params.put("adherences", monitoring.ofLocalGovernment(id));
        params.put("commitments", commitments.of(id, null));
        params.put("followUp", followUp.of(id, lg.name().in(lang).text(), null, false));
        params.put("generatedOn", LocalDate.now(clock).toString());
        return pdf("carta-" + id + "-" + lang + ".pdf", pdf.render("monitoring/pdf/localGovernment.jte", params));
    }

    @GetMapping("/{lang}/monitoring/cycles/{id}/report.pdf")
    public ResponseEntity<byte[]> cyclePdf(@PathVariable String lang, @PathVariable long id, Model model) {
        CycleView cycle = cycles.find(id);
        List<ReportView> published = reports.publishedOfCycle(id);
        Map<Long, LocalGovernmentView> lgs =
                directory
                        .findAll(published.stream()
                                .map(ReportView::localGovernmentId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(LocalGovernmentView::id, Function.identity()));
        List<ReportView> sorted = published.stream()
                .filter(r -> lgs.containsKey(r.localGovernmentId()))
                .sorted((a, b) -> lgs.get(a.localGovernmentId())
                        .name()
                        .in(lang)
                        .text()
                        .compareToIgnoreCase(
                                lgs.get(b.localGovernmentId()).name().in(lang).text()))
                .toList();
        Map<String, Object> params = new HashMap<>();
        params.put("ctx", (Ctx) model.getAttribute("ctx"));
        params.put("cycle", cycle);
        params.put("d", dashboards.dashboard(cycle.frameworkCode(), id, lang, false));
        params.put("articles", cycles.askedArticles(cycle));
        params.put("reports", sorted);
        params.put("localGovernments", lgs);
        params.put("generatedOn", LocalDate.now(clock).toString());
        return pdf("carta-cycle-" + id + "-" + lang + ".pdf", pdf.render("monitoring/pdf/cycle.jte", params));
    }

    @GetMapping("/{lang}/monitoring/cycles/{id}/statuses.{format}")
    public ResponseEntity<StreamingResponseBody> statuses(
            @PathVariable String lang, @PathVariable long id, @PathVariable String format) {
        cycles.find(id);
        return table("carta-cycle-" + id + "-statuses", format, "statuses", sink -> exports.statuses(id, lang, sink));
    }

    @GetMapping("/{lang}/monitoring/frameworks/{code}/values.{format}")
    public ResponseEntity<StreamingResponseBody> values(
            @PathVariable String lang, @PathVariable String code, @PathVariable String format) {
        monitoring.adherableFramework(code);
        return table("carta-" + code + "-indicator-values", format, "values", sink -> exports.values(code, lang, sink));
    }

    /** A table streamed as CSV or as an Excel sheet, by the extension asked. */
    private static ResponseEntity<StreamingResponseBody> table(
            String name, String format, String sheet, java.util.function.Consumer<TableWriter> rows) {
        return switch (format) {
            case "csv" -> download(name + ".csv", "text/csv;charset=UTF-8", out -> rows.accept(TableWriter.csv(out)));
            case "xlsx" -> download(name + ".xlsx", XLSX, out -> rows.accept(TableWriter.xlsx(out, sheet)));
            default -> throw new NotFoundException();
        };
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .body(body);
    }

    private static ResponseEntity<StreamingResponseBody> download(
            String name, String type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
