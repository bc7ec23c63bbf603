package fi.silta.reports.web;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as SVG, drawn on the server: no script, no inline style (the pages' Content-Security-Policy allows
 * neither), only presentation attributes. The SVG is an image ({@code role="img"}) named by its {@code <title>} and
 * described by its {@code <desc>}; the figures are also in the table beside it. A hidden value draws no bar and says
 * so in words.
 */
final class ChartDrawing {

    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 330;
    private static final int ROW = 30;
    private static final String BAR_COLOUR = "#1d5f8a";
    private static final String TEXT_COLOUR = "#1a1a1a";

    private ChartDrawing() {
    }

    /** Horizontal bars, one a row: the funnel's steps or the steps' durations. */
    static String horizontal(String id, String title, String description, List<Chart.Bar> bars, String hiddenWord) {
        double max = max(bars);
        int height = ROW * bars.size() + 10;
        int width = LABEL_WIDTH + BAR_AREA + 90;
        StringBuilder svg = open(id, title, description, width, height);
        for (int i = 0; i < bars.size(); i++) {
            Chart.Bar bar = bars.get(i);
            int y = 5 + i * ROW;
            text(svg, LABEL_WIDTH - 8, y + 19, "end", bar.label());
            if (bar.value() == null) {
                text(svg, LABEL_WIDTH + 4, y + 19, "start", bar.shown().isEmpty() ? "–" : bar.shown() + " " + hiddenWord);
                continue;
            }
            int length = max == 0 ? 0 : (int) Math.round(bar.value() / max * BAR_AREA);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                    LABEL_WIDTH, y + 4, Math.max(length, 1), ROW - 8, BAR_COLOUR));
            text(svg, LABEL_WIDTH + length + 6, y + 19, "start", bar.shown());
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical bars, one a month: the trend. */
    static String vertical(String id, String title, String description, List<Chart.Bar> bars, String hiddenWord) {
        double max = max(bars);
        int column = 56;
        int plot = 180;
        int width = Math.max(320, column * bars.size() + 20);
        int height = plot + 60;
        StringBuilder svg = open(id, title, description, width, height);
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"10\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1\"/>", plot + 20,
                width - 10, plot + 20, TEXT_COLOUR));
        for (int i = 0; i < bars.size(); i++) {
            Chart.Bar bar = bars.get(i);
            int x = 10 + i * column;
            int centre = x + column / 2;
            text(svg, centre, plot + 40, "middle", bar.label());
            if (bar.value() == null) {
                text(svg, centre, plot + 14, "middle", bar.shown().isEmpty() ? "–" : bar.shown());
                continue;
            }
            int length = max == 0 ? 0 : (int) Math.round(bar.value() / max * (plot - 20));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                    x + 8, plot + 20 - length, column - 16, length, BAR_COLOUR));
            text(svg, centre, plot + 14 - length, "middle", bar.shown());
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" "
                        + "width=\"%d\" height=\"%d\" aria-labelledby=\"%s-title\" aria-describedby=\"%s-desc\">",
                width, height, width, height, id, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String text) {
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"14\" fill=\"%s\">", x, y, anchor,
                TEXT_COLOUR)).append(escape(text)).append("</text>");
    }

    private static double max(List<Chart.Bar> bars) {
        return bars.stream().filter(b -> b.value() != null).mapToDouble(Chart.Bar::value).max().orElse(0);
    }

    static String escape(String text) {
        return text == null ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
