package org.uclg.carta.newsletter.subscription;

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

/** The secretariat imports existing subscribers (keeping their consent) and bounced addresses (suppressed). */
@Controller
@PreAuthorize("@newsletterPermissions.mayEdit(principal)")
public class SubscriberAdminController {

    private final Subscribers subscribers;

    public SubscriberAdminController(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping("/{lang}/newsletter/subscribers")
    public String page(@PathVariable String lang, Model model) {
        return page(model, null, null, null);
    }

    /** what is subscribers or bounces; action check only reports, import writes all rows or none. */
    @PostMapping("/{lang}/newsletter/subscribers")
    public String upload(
            @PathVariable String lang,
            @RequestParam(defaultValue = "subscribers") String what,
            @RequestParam(defaultValue = "check") String action,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, null, what, "import.error.noFile");
        }
        boolean write = "import".equals(action);
        ImportReport report = "bounces".equals(what)
                ? subscribers.importBounces(file.getInputStream(), write)
                : subscribers.importSubscribers(file.getInputStream(), write);
        return page(model, report, what, null);
    }

    private String page(Model model, ImportReport report, String what, String fileError) {
        model.addAttribute("counts", subscribers.counts());
        model.addAttribute("report", report);
        model.addAttribute("what", what == null ? "" : what);
        model.addAttribute("fileError", fileError);
        model.addAttribute("columns", Subscribers.IMPORT_COLUMNS);
        return "newsletter/subscribers";
    }
}
