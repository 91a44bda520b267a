package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.render.text.FigureFormat;
import io.github.clusterfolio.render.text.Labels;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Key-figure values written the way the brochure's language writes numbers ("über 70.000", "rund 10.000",
 * "more than 70,000"), by the rules every renderer shares ({@link FigureFormat}), and numbers on a chart's axis.
 */
final class Numbers {
    private final Labels labels;
    private final FigureFormat figures;

    Numbers(Labels labels) {
        this.labels = labels;
        this.figures = FigureFormat.of(labels);
    }

    /** The number alone, grouped, with the language's decimal mark and the decimals written: "70.000", "12,50". */
    String number(BigDecimal value) {
        return figures.number(value);
    }

    /** The number with its qualifier's words: "über 70.000", "rund 10.000". */
    String value(KeyFigure figure) {
        return figures.value(figure);
    }

    /** The unit joined to a number: "12,5 %" with a no-break space, "12.5%" in English. */
    String withUnit(String number, String unit) {
        return figures.withUnit(number, unit);
    }

    /** A number for a chart axis, grouped the way the language groups digits. */
    String axis(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
        format.setMaximumFractionDigits(value == Math.rint(value) ? 0 : 2);
        return format.format(value);
    }

    /** The locale, for callers that format other things. */
    Locale locale() {
        return labels.locale();
    }
}
