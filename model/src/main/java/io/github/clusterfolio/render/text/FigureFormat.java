package io.github.clusterfolio.render.text;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.Qualifier;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * How a number, a unit and a year are written in one language — the one rule every renderer keeps, so that
 * the PDF, the HTML and the CSV's readers see the same figure:
 *
 * <ul>
 *   <li>a number is grouped and takes the decimal mark of the language's own conventions ({@code java.text}),
 *       with exactly the decimals written in the data: 12.50 is "12,50" in German and "12.50" in English,
 *       70000 is "70.000" and "70,000";
 *   <li>a unit follows its number after a no-break space (U+00A0), so that the two never stand on different
 *       lines ("12,5 %", "300 Mitglieder"); English writes a per-cent sign directly after the number ("12.5%");
 *   <li>a year is its four digits, never grouped ("2024");
 *   <li>a qualifier is its label's words around the number ("rund 10.000", "about 10,000"), and format 1's
 *       {@code approximate} its own label ("über 70.000", "more than 70,000"), as format 1 always printed it.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class FigureFormat {
    /** The character between a number and its unit. */
    public static final char NUMBER_UNIT_SPACE = '\u00a0';

    private final Labels labels;
    private final Locale locale;

    private FigureFormat(Labels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.locale = labels.locale();
    }

    /** The rules of the language of {@code labels}, whose words it takes for qualifiers. */
    public static FigureFormat of(Labels labels) {
        return new FigureFormat(labels);
    }

    /** The language these rules are for. */
    public String language() {
        return labels.language();
    }

    /** The number grouped, with the language's decimal mark and the decimals written: "12,50", "70,000". */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        int decimals = Math.max(0, value.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
        return format.format(value);
    }

    /** A written number and its unit: "12,5 %" with a no-break space, or "12.5%" for a per-cent sign in English. */
    public String withUnit(String number, String unit) {
        if (unit.equals("%") && locale.getLanguage().equals("en")) {
            return number + unit;
        }
        return number + NUMBER_UNIT_SPACE + unit;
    }

    /** The number of a figure with its qualifier's words, without the unit: "rund 10.000", "70,000". */
    public String value(KeyFigure figure) {
        String number = number(figure.value());
        if (figure.approximate()) {
            return labels.text(Label.APPROXIMATE, number);
        }
        return figure.qualifier().map(qualifier -> labels.text(label(qualifier), number)).orElse(number);
    }

    /** The label whose words say a qualifier. */
    public static Label label(Qualifier qualifier) {
        return switch (qualifier) {
            case ABOUT -> Label.QUALIFIER_ABOUT;
            case MORE_THAN -> Label.QUALIFIER_MORE_THAN;
            case AT_LEAST -> Label.QUALIFIER_AT_LEAST;
            case LESS_THAN -> Label.QUALIFIER_LESS_THAN;
            case UP_TO -> Label.QUALIFIER_UP_TO;
        };
    }

    /** A year as written: its digits, without grouping. */
    public String year(int year) {
        return Integer.toString(year);
    }
}
