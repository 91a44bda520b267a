package io.github.clusterfolio.render.pdf.internal;

import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * A horizontal bar chart drawn as vector graphics: one bar per sector, labelled on the left, the value at
 * the end of each bar, and an axis whose ticks are round numbers (1, 2 or 5 times a power of ten) with
 * light grid lines. Horizontal bars leave room for long sector names.
 */
final class BarChart {
    private static final float LABEL_SIZE = 8f;
    private static final float VALUE_SIZE = 7.5f;
    private static final float AXIS_SIZE = 6.5f;
    private static final float AXIS_HEIGHT = 16f;

    /**
     * One bar.
     *
     * @param label the sector's name
     * @param value the value the bar's length shows
     * @param valueText the value as printed at the bar's end
     */
    record Bar(String label, double value, String valueText) {}

    private BarChart() {}

    /** The chart's height for {@code bars} bars. */
    static float height(int bars) {
        return bars * rowHeight(bars) + AXIS_HEIGHT;
    }

    private static float rowHeight(int bars) {
        return bars > 24 ? 12f : 17f;
    }

    /** Draws the chart into a new template {@code width} wide. */
    static PdfTemplate draw(PdfContentByte canvas, Typesetter type, Palette palette, Numbers numbers, List<Bar> bars,
            float width) {
        float rowHeight = rowHeight(bars.size());
        float barHeight = rowHeight * 0.58f;
        float height = height(bars.size());
        PdfTemplate chart = canvas.createTemplate(width, height);

        Typesetter.Style labelStyle = new Typesetter.Style(Typesetter.Face.REGULAR, LABEL_SIZE, palette.text());
        Typesetter.Style valueStyle = new Typesetter.Style(Typesetter.Face.BOLD, VALUE_SIZE, palette.primary());
        Typesetter.Style axisStyle = new Typesetter.Style(Typesetter.Face.REGULAR, AXIS_SIZE, palette.muted());
        BaseFont labelFont = type.base(labelStyle.face());
        BaseFont valueFont = type.base(valueStyle.face());

        float longestLabel = 0;
        float longestValue = 0;
        double max = 0;
        for (Bar bar : bars) {
            longestLabel = Math.max(longestLabel, labelFont.getWidthPoint(Typesetter.oneLine(bar.label()), LABEL_SIZE));
            longestValue = Math.max(longestValue, valueFont.getWidthPoint(bar.valueText(), VALUE_SIZE));
            max = Math.max(max, bar.value());
        }
        float labelWidth = Math.min(longestLabel, width * 0.34f) + 10;
        float left = labelWidth;
        float right = width - longestValue - 8;
        double step = niceStep(max);
        double axisMax = Math.max(step, Math.ceil(max / step) * step);
        float scale = (float) ((right - left) / axisMax);
        float bottom = AXIS_HEIGHT;
        float top = height;

        // Grid lines and tick labels.
        chart.saveState();
        chart.setColorStroke(palette.hairline());
        chart.setLineWidth(0.4f);
        for (double tick = 0; tick <= axisMax + step / 1000; tick += step) {
            float x = left + (float) tick * scale;
            chart.moveTo(x, bottom - 2);
            chart.lineTo(x, top);
        }
        chart.stroke();
        chart.restoreState();
        for (double tick = 0; tick <= axisMax + step / 1000; tick += step) {
            float x = left + (float) tick * scale;
            ColumnText.showTextAligned(chart, Element.ALIGN_CENTER,
                    type.line(numbers.axis(tick), axisStyle, AXIS_SIZE), x, bottom - 10, 0);
        }

        // Bars, labels and values.
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float centre = top - (i + 0.5f) * rowHeight;
            float length = Math.max(0.8f, (float) bar.value() * scale);
            chart.saveState();
            chart.setColorFill(palette.accent());
            chart.rectangle(left, centre - barHeight / 2, length, barHeight);
            chart.fill();
            chart.restoreState();
            String label = fit(Typesetter.oneLine(bar.label()), labelFont, labelWidth - 10);
            ColumnText.showTextAligned(chart, Element.ALIGN_RIGHT, type.line(label, labelStyle, LABEL_SIZE),
                    left - 6, centre - LABEL_SIZE * 0.34f, 0);
            ColumnText.showTextAligned(chart, Element.ALIGN_LEFT, type.line(bar.valueText(), valueStyle, VALUE_SIZE),
                    left + length + 4, centre - VALUE_SIZE * 0.34f, 0);
        }
        // The axis line over the grid.
        chart.saveState();
        chart.setColorStroke(palette.muted());
        chart.setLineWidth(0.6f);
        chart.moveTo(left, bottom);
        chart.lineTo(left, top);
        chart.stroke();
        chart.restoreState();
        return chart;
    }

    /** A round step (1, 2 or 5 times a power of ten) that divides 0…max into about four to six parts. */
    static double niceStep(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double rough = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static String fit(String text, BaseFont font, float width) {
        if (font.getWidthPoint(text, LABEL_SIZE) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && font.getWidthPoint(text.substring(0, end) + "…", LABEL_SIZE) > width) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }
}
