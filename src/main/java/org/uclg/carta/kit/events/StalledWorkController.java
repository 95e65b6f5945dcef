package org.uclg.carta.kit.events;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.web.NotFoundException;

/** Admins see the background work that did not finish and run it again. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StalledWorkController {

    private final StalledWork work;

    StalledWorkController(StalledWork work) {
        this.work = work;
    }

    @GetMapping("/{lang}/admin/background-work")
    String page(@PathVariable String lang, Model model) {
        model.addAttribute("items", work.oldestFirst());
        model.addAttribute("total", work.count());
        return "kit/stalledWork";
    }

    @PostMapping("/{lang}/admin/background-work")
    String resubmit(@PathVariable String lang, @RequestParam(required = false) String id, RedirectAttributes redirect) {
        work.resubmit(id == null || id.isBlank() ? null : uuid(id));
        redirect.addFlashAttribute("flash", "work.resubmitted");
        return "redirect:/" + lang + "/admin/background-work";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
