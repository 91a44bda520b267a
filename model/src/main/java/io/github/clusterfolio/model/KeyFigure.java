package io.github.clusterfolio.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A number that describes a sector, such as its employees.
 *
 * @param label what is counted
 * @param value the number
 * @param approximate format 1's flag, printed as it always was ("über 70.000", "more than 70,000"); a
 *     {@code clusterfolio/1.1} file says what it means with a {@code qualifier} instead
 * @param qualifier how the number relates to the true value, as the source says it ("rund 10.000")
 * @param unit what the number counts in, such as "people"
 * @param year the year the number refers to
 * @param source where the number comes from
 */
public record KeyFigure(
        LocalizedText label,
        BigDecimal value,
        boolean approximate,
        Optional<Qualifier> qualifier,
        Optional<LocalizedText> unit,
        OptionalInt year,
        Optional<Source> source) {

    /**
     * Checks that label and value are present, the figure is not both approximate and qualified, and the year
     * is a four-digit year.
     */
    public KeyFigure {
        Objects.requireNonNull(label, "a key figure needs a label");
        Objects.requireNonNull(value, "a key figure needs a value");
        Objects.requireNonNull(qualifier, "qualifier must not be null (use Optional.empty())");
        if (approximate && qualifier.isPresent()) {
            throw new IllegalArgumentException("a key figure is either approximate (format 1) or qualified, not both");
        }
        Objects.requireNonNull(unit, "unit must not be null (use Optional.empty())");
        Objects.requireNonNull(year, "year must not be null (use OptionalInt.empty())");
        Objects.requireNonNull(source, "source must not be null (use Optional.empty())");
        if (year.isPresent() && (year.getAsInt() < 1000 || year.getAsInt() > 9999)) {
            throw new IllegalArgumentException("year " + year.getAsInt() + " is not a four-digit year");
        }
    }

    /** A figure without a qualifier, as format 1 has them. */
    public KeyFigure(LocalizedText label, BigDecimal value, boolean approximate, Optional<LocalizedText> unit,
            OptionalInt year, Optional<Source> source) {
        this(label, value, approximate, Optional.empty(), unit, year, source);
    }

    /** An exact figure with no unit, year or source. */
    public static KeyFigure of(LocalizedText label, BigDecimal value) {
        return new KeyFigure(label, value, false, Optional.empty(), OptionalInt.empty(), Optional.empty());
    }
}
