package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Key-figure values written the way the brochure's language writes numbers: "über 70.000", "more than 70,000". */
final class Numbers {
    private final Labels labels;
    private final DecimalFormatSymbols symbols;

    Numbers(Labels labels) {
        this.labels = labels;
        this.symbols = DecimalFormatSymbols.getInstance(labels.locale());
    }

    /** The number alone, grouped and with the language's decimal mark: "70.000", "12,5". */
    String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        BigDecimal plain = value.stripTrailingZeros();
        int decimals = Math.max(0, plain.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
        return format.format(plain);
    }

    /** The number with "more than" when approximate: "über 70.000". */
    String value(KeyFigure figure) {
        String number = number(figure.value());
        return figure.approximate() ? labels.text(Label.APPROXIMATE, number) : number;
    }

    /** The unit joined to a number the way the language does: "12,5 %" in German, "12.5%" in English. */
    String withUnit(String number, String unit) {
        if (unit.equals("%") && labels.locale().getLanguage().equals("en")) {
            return number + "%";
        }
        return number + "\u00a0" + unit;
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
