package org.uclg.carta.monitoring;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.uclg.carta.monitoring.dashboard.WorldMap;

/**
 * The offline world map of the dashboards, for other modules (a campaign's endorsing local
 * governments): countries shaded by a count, each with its tooltip.
 */
@Component
public class CountryMap {

    private final WorldMap map;

    CountryMap(WorldMap map) {
        this.map = map;
    }

    /** One country's shade: light or dark, and the words of its tooltip. */
    public record Shade(boolean strong, String title) {}

    /** The SVG of the map, with an accessible label; countries without a shade are drawn plain. */
    public String render(String label, Map<String, Shade> shades) {
        Map<String, WorldMap.Fill> fills = new HashMap<>();
        shades.forEach((country, s) ->
                fills.put(country, new WorldMap.Fill(s.strong() ? "map-reported" : "map-adherent", s.title())));
        return map.render(label, fills);
    }
}
