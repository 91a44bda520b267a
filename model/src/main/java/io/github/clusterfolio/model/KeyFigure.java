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
 * @param approximate whether the number is a lower bound or rounded ("more than 70,000")
 * @param unit what the number counts in, such as "people"
 * @param year the year the number refers to
 * @param source where the number comes from
 */
public record KeyFigure(
        LocalizedText label,
        BigDecimal value,
        boolean approximate,
        Optional<LocalizedText> unit,
        OptionalInt year,
        Optional<Source> source) {

    /** Checks that label and value are present and the year is a four-digit year. */
    public KeyFigure {
        Objects.requireNonNull(label, "a key figure needs a label");
        Objects.requireNonNull(value, "a key figure needs a value");
        Objects.requireNonNull(unit, "unit must not be null (use Optional.empty())");
        Objects.requireNonNull(year, "year must not be null (use OptionalInt.empty())");
        Objects.requireNonNull(source, "source must not be null (use Optional.empty())");
        if (year.isPresent() && (year.getAsInt() < 1000 || year.getAsInt() > 9999)) {
            throw new IllegalArgumentException("year " + year.getAsInt() + " is not a four-digit year");
        }
    }

    /** An exact figure with no unit, year or source. */
    public static KeyFigure of(LocalizedText label, BigDecimal value) {
        return new KeyFigure(label, value, false, Optional.empty(), OptionalInt.empty(), Optional.empty());
    }
}
