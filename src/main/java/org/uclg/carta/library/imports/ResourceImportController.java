package org.uclg.carta.library.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.NotFoundException;

/** Editors import resources from a CSV file and a zip of documents: check first, then import with progress. */
@Controller
@PreAuthorize("@libraryPermissions.mayImport(principal)")
public class ResourceImportController {

    /** One row under the header, by column; the columns the example leaves out are empty. */
    private static final java.util.Map<String, String> EXAMPLE_ROW = java.util.Map.ofEntries(
            java.util.Map.entry("external_id", "city-housing-2024"), java.util.Map.entry("type", "policy"),
            java.util.Map.entry("title_fr", "Politique du logement"), java.util.Map.entry("title_en", "Housing policy"),
            java.util.Map.entry("title_es", "Política de vivienda"),
                    java.util.Map.entry("summary_en", "A short summary."),
            java.util.Map.entry("languages", "es;en"), java.util.Map.entry("date", "2024-03-01"),
            java.util.Map.entry("authors", "Housing department"), java.util.Map.entry("licence", "cc-by-4.0"),
            java.util.Map.entry("local_governments", "demo-bogota"), java.util.Map.entry("tags", "GCA:X;SDG:11"),
            java.util.Map.entry("themes", "housing;participation"),
                    java.util.Map.entry("files", "housing-policy.pdf:es"));

    private final ResourceImport resourceImport;
    private final ResourceImportJobs jobs;
    private final Path uploads;

    public ResourceImportController(ResourceImport resourceImport, ResourceImportJobs jobs, CartaProperties props) {
        this.resourceImport = resourceImport;
        this.jobs = jobs;
        this.uploads = props.dataDir().resolve("imports");
    }

    @GetMapping("/{lang}/resources/import")
    public String form(@PathVariable String lang, Model model) {
        model.addAttribute("columns", resourceImport.columns());
        model.addAttribute("report", null);
        return "library/import";
    }

    @GetMapping("/{lang}/resources/import/example.csv")
    public ResponseEntity<byte[]> example(@PathVariable String lang) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"carta-resources-example.csv\"")
                .body(example().getBytes(StandardCharsets.UTF_8));
    }

    private String example() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(resourceImport.columns());
            csv.printRecord(resourceImport.columns().stream()
                    .map(c -> EXAMPLE_ROW.getOrDefault(c, ""))
                    .toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "check" only reports; "import" checks again and, when all is valid, starts writing in the background. */
    @PostMapping("/{lang}/resources/import")
    public String upload(
            @PathVariable String lang,
            @RequestParam(name = "file", required = false) MultipartFile csv,
            @RequestParam(name = "documents", required = false) MultipartFile zip,
            @RequestParam(defaultValue = "check") String action,
            Model model)
            throws IOException {
        model.addAttribute("columns", resourceImport.columns());
        model.addAttribute("report", null);
        if (csv == null || csv.isEmpty()) {
            model.addAttribute("fileError", "import.error.noFile");
            return "library/import";
        }
        Path folder = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
        boolean started = false;
        try {
            Path csvPath = folder.resolve("rows.csv");
            csv.transferTo(csvPath);
            Path zipPath = null;
            if (zip != null && !zip.isEmpty()) {
                zipPath = folder.resolve("documents.zip");
                zip.transferTo(zipPath);
            }
            ResourceImport.Plan plan = resourceImport.check(csvPath, zipPath);
            if (!"import".equals(action) || !plan.problems().isEmpty()) {
                model.addAttribute("report", plan.report());
                return "library/import";
            }
            ResourceImportJobs.Job job = jobs.start(plan, folder, zipPath);
            started = true;
            return "redirect:/" + lang + "/resources/import/" + job.id;
        } finally {
            if (!started) {
                ResourceImportJobs.deleteFolder(folder);
            }
        }
    }

    @GetMapping("/{lang}/resources/import/{jobId}")
    public String progress(
            @PathVariable String lang,
            @PathVariable String jobId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        ImportProgress job = jobs.find(jobId).orElseThrow(NotFoundException::new);
        model.addAttribute("job", job);
        if (htmx != null && job.finished()) {
            response.setStatus(286); // tells htmx to stop polling
        }
        return htmx != null ? "library/importProgress" : "library/importJob";
    }
}
