package org.uclg.carta.monitoring.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A world map drawn as SVG from the packaged Natural Earth shapes of world-atlas (1:110 million,
 * TopoJSON): no tile server, so it works in a closed network. Equirectangular, without Antarctica.
 */
@Component
public class WorldMap {

    public static final int WIDTH = 1000;
    private static final double NORTH = 84;
    private static final double SOUTH = -57;
    private static final String ANTARCTICA = "010";

    private volatile Map<String, String> paths;

    /** How to draw one country: its CSS class and the words of its tooltip. */
    public record Fill(String cssClass, String title) {}

    /** The SVG of the map; countries without a fill are drawn plain. */
    public String render(String label, Map<String, Fill> fills) {
        Map<String, String> shapes = shapes();
        StringBuilder svg = new StringBuilder(160_000);
        int height = (int) Math.round((NORTH - SOUTH) * WIDTH / 360.0);
        svg.append("<svg role=\"img\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label))
                .append("\" class=\"world-map\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        shapes.forEach((country, d) -> {
            Fill f = fills.get(country);
            svg.append("<path class=\"")
                    .append(f == null ? "map-none" : f.cssClass())
                    .append("\" d=\"")
                    .append(d)
                    .append("\">");
            if (f != null) {
                svg.append("<title>").append(HtmlUtils.htmlEscape(f.title())).append("</title>");
            }
            svg.append("</path>");
        });
        return svg.append("</svg>").toString();
    }

    /** Country code (ISO 3166 alpha-2) to SVG path, decoded once. */
    public Map<String, String> shapes() {
        Map<String, String> p = paths;
        if (p == null) {
            synchronized (this) {
                if (paths == null) {
                    paths = load();
                }
                p = paths;
            }
        }
        return p;
    }

    private static Map<String, String> load() {
        try {
            Map<String, String> alpha2 = numericToAlpha2();
            JsonNode topo;
            try (InputStream in = new ClassPathResource("monitoring/map/countries-110m.json").getInputStream()) {
                topo = JsonMapper.builder().build().readTree(in);
            }
            double sx = topo.get("transform").get("scale").get(0).asDouble();
            double sy = topo.get("transform").get("scale").get(1).asDouble();
            double tx = topo.get("transform").get("translate").get(0).asDouble();
            double ty = topo.get("transform").get("translate").get(1).asDouble();
            List<double[][]> arcs = new ArrayList<>();
            for (JsonNode arc : topo.get("arcs")) {
                double[][] points = new double[arc.size()][];
                long x = 0;
                long y = 0;
                int i = 0;
                for (JsonNode delta : arc) {
                    x += delta.get(0).asLong();
                    y += delta.get(1).asLong();
                    points[i++] =
                            new double[] {(x * sx + tx + 180) * WIDTH / 360.0, (NORTH - (y * sy + ty)) * WIDTH / 360.0};
                }
                arcs.add(points);
            }
            Map<String, String> result = new LinkedHashMap<>();
            for (JsonNode geometry : topo.get("objects").get("countries").get("geometries")) {
                String id = geometry.path("id").asString("");
                String code = alpha2.get(id);
                if (code == null || id.equals(ANTARCTICA)) {
                    continue;
                }
                StringBuilder d = new StringBuilder();
                Function<JsonNode, Void> polygon = rings -> {
                    for (JsonNode ring : rings) {
                        ring(ring, arcs, d);
                    }
                    return null;
                };
                if ("Polygon".equals(geometry.get("type").asString())) {
                    polygon.apply(geometry.get("arcs"));
                } else if ("MultiPolygon".equals(geometry.get("type").asString())) {
                    for (JsonNode rings : geometry.get("arcs")) {
                        polygon.apply(rings);
                    }
                }
                result.merge(code, d.toString(), String::concat);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One closed outline; a ring that crosses the date line is unwrapped so it never spans the whole map. */
    private static void ring(JsonNode ring, List<double[][]> arcs, StringBuilder d) {
        boolean first = true;
        double shift = 0;
        double previous = Double.NaN;
        for (JsonNode index : ring) {
            int i = index.asInt();
            double[][] arc = arcs.get(i < 0 ? ~i : i);
            int n = arc.length;
            for (int k = 0; k < n; k++) {
                double[] pt = arc[i < 0 ? n - 1 - k : k];
                if (k == 0 && !first) {
                    continue;
                }
                if (!Double.isNaN(previous) && pt[0] + shift - previous > WIDTH / 2.0) {
                    shift -= WIDTH;
                } else if (!Double.isNaN(previous) && pt[0] + shift - previous < -WIDTH / 2.0) {
                    shift += WIDTH;
                }
                double x = pt[0] + shift;
                previous = x;
                d.append(first ? 'M' : 'L')
                        .append(Math.round(x * 10) / 10.0)
                        .append(',')
                        .append(Math.round(pt[1] * 10) / 10.0);
                first = false;
            }
        }
        d.append('Z');
    }

    private static Map<String, String> numericToAlpha2() throws IOException {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new ClassPathResource("monitoring/map/iso3166-numeric.csv").getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && line.contains(",")) {
                    String[] parts = line.split(",");
                    map.put(parts[1].strip(), parts[0].strip());
                }
            }
        }
        return map;
    }
}
