package org.uclg.carta.monitoring.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public dashboard of each framework. */
@Controller
public class DashboardController {

    private final DashboardService dashboards;

    public DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/{lang}/monitoring/frameworks/{code}/dashboard")
    public String dashboard(
            @PathVariable String lang,
            @PathVariable String code,
            @RequestParam(required = false) Long cycle,
            Model model) {
        model.addAttribute("d", dashboards.dashboard(code, cycle, lang));
        return "monitoring/dashboard";
    }
}
