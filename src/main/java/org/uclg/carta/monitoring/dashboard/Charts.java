package org.uclg.carta.monitoring.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server with JFreeChart as inline SVG: they need no script, print in the PDF
 * reports, and each page puts the same figures in a table beside them.
 */
public final class Charts {

    /** Okabe–Ito colours, told apart by people with colour-blindness. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2),
            new Color(0xE69F00),
            new Color(0x009E73),
            new Color(0xCC79A7),
            new Color(0x56B4E9),
            new Color(0xD55E00),
            new Color(0x999999),
            new Color(0x000000));

    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 12);
    private static final AtomicLong IDS = new AtomicLong();

    private Charts() {}

    /** One bar per category. */
    public static String bars(String label, String valueAxis, Map<String, ? extends Number> data, boolean horizontal) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        data.forEach((category, value) -> ds.addValue(value, valueAxis, category));
        JFreeChart chart = ChartFactory.createBarChart(
                null,
                null,
                valueAxis,
                ds,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL,
                false,
                false,
                false);
        style(chart);
        if (data.values().stream().allMatch(v -> v instanceof Long || v instanceof Integer)) {
            chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        int height = horizontal ? Math.max(160, 40 + 28 * data.size()) : 320;
        return svg(chart, label, 720, height);
    }

    /** Bars of several series stacked per category, optionally as shares of 100. */
    public static String stacked(
            String label,
            String valueAxis,
            List<String> categories,
            Map<String, Map<String, ? extends Number>> series,
            boolean horizontal) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (String c : categories) {
                Number v = values.get(c);
                ds.addValue(v == null ? 0 : v, name, c);
            }
        });
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null,
                null,
                valueAxis,
                ds,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL,
                true,
                false,
                false);
        style(chart);
        if (series.values().stream().flatMap(m -> m.values().stream()).allMatch(v -> v instanceof Long)) {
            chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        int height = horizontal ? Math.max(200, 80 + 26 * categories.size()) : 360;
        return svg(chart, label, 720, height);
    }

    /** One line per series over the years. */
    public static String lines(
            String label, String valueAxis, Map<String, ? extends Map<Integer, ? extends Number>> series) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        series.values().forEach(m -> years.addAll(m.keySet()));
        series.forEach((name, values) -> {
            for (Integer y : years) {
                ds.addValue(values.get(y), name, y);
            }
        });
        JFreeChart chart = ChartFactory.createLineChart(
                null, null, valueAxis, ds, PlotOrientation.VERTICAL, series.size() > 1, false, false);
        style(chart);
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        return svg(chart, label, 560, 260);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        if (plot.getOrientation() == PlotOrientation.VERTICAL
                && plot.getDataset().getColumnCount() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createStandardTickUnits());
        for (int i = 0; i < PALETTE.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, PALETTE.get(i));
        }
        if (plot.getRenderer() instanceof BarRenderer bar) {
            bar.setBarPainter(new StandardBarPainter());
            bar.setShadowVisible(false);
            bar.setMaximumBarWidth(0.08);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(FONT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    private static String svg(JFreeChart chart, String label, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix("c" + IDS.incrementAndGet());
        // One decimal is finer than a screen pixel and makes the SVG several times smaller.
        g.setGeomDoubleConverter(Charts::oneDecimal);
        g.setTransformDoubleConverter(Charts::oneDecimal);
        chart.draw(g, new Rectangle(width, height));
        String svg = presentationAttributes(g.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null));
        return svg.replaceFirst(
                "<svg ", "<svg role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(label) + "\" class=\"chart\" ");
    }

    private static String oneDecimal(double d) {
        long tenths = Math.round(d * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    private static final Pattern STYLE = Pattern.compile(" style=(?:'([^']*)'|\"([^\"]*)\")");

    /**
     * The site's Content-Security-Policy forbids inline style attributes, so JFreeSVG's
     * style="fill: …; stroke: …" become SVG presentation attributes, which it allows.
     */
    public static String presentationAttributes(String svg) {
        Matcher m = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() + svg.length() / 8);
        while (m.find()) {
            StringBuilder attrs = new StringBuilder();
            String declarations = m.group(1) != null ? m.group(1) : m.group(2);
            for (String declaration : declarations.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    String name = declaration.substring(0, colon).strip();
                    String value = declaration
                            .substring(colon + 1)
                            .strip()
                            .replace("&quot;", "'")
                            .replace("\"", "'");
                    if (name.matches("[a-z-]+")) {
                        attrs.append(' ')
                                .append(name)
                                .append("=\"")
                                .append(value)
                                .append('"');
                    }
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(attrs.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
