package io.github.clusterfolio.render;

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
 *   <li>a year is its four digits, never grouped ("2024").
 * </ul>
 *
 * Immutable and thread-safe; a qualifier's words come from the label catalogue.
 */
public final class FigureFormat {
    /** The character between a number and its unit. */
    public static final char NUMBER_UNIT_SPACE = '\u00a0';

    private final String language;
    private final Locale locale;

    private FigureFormat(String language) {
        this.language = Objects.requireNonNull(language, "language");
        this.locale = Locale.forLanguageTag(language);
    }

    /** The rules of {@code language}, a language tag such as {@code de} or {@code en-GB}. */
    public static FigureFormat forLanguage(String language) {
        return new FigureFormat(language);
    }

    /** The language these rules are for. */
    public String language() {
        return language;
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

    /** A year as written: its digits, without grouping. */
    public String year(int year) {
        return Integer.toString(year);
    }
}
