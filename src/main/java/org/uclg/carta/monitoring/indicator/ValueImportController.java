package org.uclg.carta.monitoring.indicator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.uclg.carta.kit.csv.ImportReport;

/** The secretariat's import of indicator values from CSV. */
@Controller
@PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
public class ValueImportController {

    private final ValueImport values;

    public ValueImportController(ValueImport values) {
        this.values = values;
    }

    @GetMapping("/{lang}/monitoring/values/import")
    public String form(@PathVariable String lang, Model model) {
        model.addAttribute("report", null);
        model.addAttribute("fileError", null);
        return "monitoring/valueImport";
    }

    @GetMapping("/{lang}/monitoring/values/import/example.csv")
    public ResponseEntity<byte[]> example(@PathVariable String lang) {
        String csv = String.join(",", ValueImport.COLUMNS) + "\nPRO-01,1,2024,18.5,,%\nPRO-01,1,2024,21,sex=female,%\n";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicator-values.csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** "check" only reports; "import" writes every row or, on any problem, none. */
    @PostMapping("/{lang}/monitoring/values/import")
    public String upload(
            @PathVariable String lang,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "check") String action,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("report", null);
            model.addAttribute("fileError", "import.error.noFile");
            return "monitoring/valueImport";
        }
        ImportReport report =
                "import".equals(action) ? values.importAll(file.getInputStream()) : values.check(file.getInputStream());
        model.addAttribute("report", report);
        model.addAttribute("fileError", null);
        return "monitoring/valueImport";
    }
}
