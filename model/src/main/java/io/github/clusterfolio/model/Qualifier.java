package io.github.clusterfolio.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a key figure's number relates to the true value, as its source says it: "rund 10.000" is
 * {@link #ABOUT}, "mehr als 70.000" {@link #MORE_THAN}. Each renderer prints it with the language's words
 * for it, from the one label catalogue.
 */
public enum Qualifier {
    /** Rounded: "about 10,000", "rund 10.000". */
    ABOUT,
    /** A lower bound that the value exceeds: "more than 70,000", "mehr als 70.000". */
    MORE_THAN,
    /** A lower bound the value may equal: "at least 300", "mindestens 300". */
    AT_LEAST,
    /** An upper bound the value stays below: "less than 5", "weniger als 5". */
    LESS_THAN,
    /** An upper bound the value may reach: "up to 300", "bis zu 300". */
    UP_TO;

    /** The name used in the data format: {@code about}, {@code more-than} … */
    public String formatName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The qualifier a data file names {@code name}. */
    public static Optional<Qualifier> fromFormatName(String name) {
        for (Qualifier qualifier : values()) {
            if (qualifier.formatName().equals(name)) {
                return Optional.of(qualifier);
            }
        }
        return Optional.empty();
    }

    /** All format names, in declaration order. */
    public static List<String> formatNames() {
        return Arrays.stream(values()).map(Qualifier::formatName).toList();
    }
}
