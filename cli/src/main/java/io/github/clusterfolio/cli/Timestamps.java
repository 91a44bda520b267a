package io.github.clusterfolio.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one moment written into every output file: {@code --timestamp}, else {@code SOURCE_DATE_EPOCH}
 * (the reproducible-builds convention), else now. Whole seconds, as PDF dates keep them.
 */
final class Timestamps {
    /** The environment variable of the reproducible-builds convention: seconds since 1970-01-01 UTC. */
    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    /**
     * The latest moment a file may carry: a PDF date (and the ISO dates in the other formats) has a
     * four-digit year, so a later one would be written wrongly. {@code --timestamp} and
     * {@code SOURCE_DATE_EPOCH} both keep to it.
     */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The earliest moment: the start of a four-digit year 1. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private Timestamps() {}

    /**
     * The timestamp of a render.
     *
     * @param option the value of {@code --timestamp}, if given
     * @param sourceDateEpoch the value of {@code SOURCE_DATE_EPOCH}, if set
     * @param clock the clock for "now"
     * @throws UsageException when a value given cannot be read
     */
    static Instant resolve(Optional<String> option, Optional<String> sourceDateEpoch, Clock clock) {
        if (option.isPresent()) {
            return parse(option.get());
        }
        Optional<String> epoch = sourceDateEpoch.filter(value -> !value.isEmpty());
        if (epoch.isPresent()) {
            return fromEpochSeconds(epoch.get());
        }
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Reads {@code --timestamp}: {@code 2026-11-28T09:30:00Z}, with an offset such as {@code +01:00}, or a
     * date alone ({@code 2026-11-28}, midnight UTC).
     */
    static Instant parse(String text) {
        String value = text.strip();
        Instant moment = null;
        try {
            moment = OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException notWithOffset) {
            // try the other forms
        }
        if (moment == null) {
            try {
                moment = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                // try the other forms
            }
        }
        if (moment != null) {
            return withinRange(moment, "--timestamp '" + text + "'");
        }
        try {
            LocalDateTime.parse(value);
            throw new UsageException("--timestamp '" + text + "' has no time zone; add one, as in " + value + "Z (UTC) or "
                    + value + "+01:00");
        } catch (DateTimeParseException notADateTime) {
            throw new UsageException("--timestamp '" + text
                    + "' is not a date; write it as 2026-11-28T09:30:00Z, 2026-11-28T10:30:00+01:00 or 2026-11-28");
        }
    }

    /** Reads {@code SOURCE_DATE_EPOCH}: a whole, non-negative number of seconds since 1970-01-01 UTC. */
    static Instant fromEpochSeconds(String text) {
        String value = text.strip();
        if (!value.matches("[0-9]{1,12}")) {
            throw new UsageException(SOURCE_DATE_EPOCH + "='" + text
                    + "' is not a number of seconds since 1970-01-01 UTC (such as the output of: git log -1 --format=%ct)");
        }
        Instant moment;
        try {
            moment = Instant.ofEpochSecond(Long.parseLong(value));
        } catch (DateTimeException tooLarge) {
            moment = Instant.MAX;
        }
        return withinRange(moment, SOURCE_DATE_EPOCH + "='" + text + "'");
    }

    /** The one rule for both sources: a moment every output format can write, in UTC. */
    private static Instant withinRange(Instant moment, String given) {
        if (moment.isAfter(LATEST)) {
            throw new UsageException(given + " is after 9999-12-31T23:59:59Z (UTC), the last moment a PDF date"
                    + " can hold; give an earlier one");
        }
        if (moment.isBefore(EARLIEST)) {
            throw new UsageException(given + " is before 0001-01-01T00:00:00Z (UTC), the first moment a PDF date"
                    + " can hold; give a later one");
        }
        return moment;
    }
}
