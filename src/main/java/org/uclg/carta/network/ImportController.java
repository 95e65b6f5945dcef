package org.uclg.carta.network;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.uclg.carta.kit.csv.ImportReport;

@Controller
@PreAuthorize("@networkPermissions.mayEdit(principal)")
class ImportController {

    private final CsvImport csvImport;

    ImportController(CsvImport csvImport) {
        this.csvImport = csvImport;
    }

    @GetMapping("/{lang}/network/import")
    String form(@PathVariable String lang, Model model) {
        model.addAttribute("columns", csvImport.columns());
        model.addAttribute("report", null);
        return "network/import";
    }

    /** "check" only reports; "import" writes everything or, on any error, nothing. */
    @PostMapping("/{lang}/network/import")
    String upload(
            @PathVariable String lang,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "check") String action,
            Model model)
            throws IOException {
        model.addAttribute("columns", csvImport.columns());
        if (file == null || file.isEmpty()) {
            model.addAttribute("report", null);
            model.addAttribute("fileError", "import.error.noFile");
            return "network/import";
        }
        ImportReport report = "import".equals(action)
                ? csvImport.importAll(file.getInputStream())
                : csvImport.check(file.getInputStream());
        model.addAttribute("report", report);
        return "network/import";
    }
}
