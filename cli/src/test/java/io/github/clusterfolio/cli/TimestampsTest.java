package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T10:15:30.123456Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        "2026-11-28T09:30:00Z, 2026-11-28T09:30:00Z",
        "2026-11-28T10:30:00+01:00, 2026-11-28T09:30:00Z",
        "2026-11-28T09:30:00.750Z, 2026-11-28T09:30:00Z",
        "2026-11-28, 2026-11-28T00:00:00Z",
        "' 2026-11-28 ', 2026-11-28T00:00:00Z",
    })
    void readsTheTimestampOption(String option, String expected) {
        assertThat(Timestamps.parse(option)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aTimeWithoutAZoneIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Timestamps.parse("2026-11-28T09:30:00"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--timestamp '2026-11-28T09:30:00' has no time zone; add one, as in 2026-11-28T09:30:00Z (UTC)"
                        + " or 2026-11-28T09:30:00+01:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "28.11.2026", "2026-13-01", ""})
    void somethingElseIsRefusedWithExamples(String option) {
        assertThatThrownBy(() -> Timestamps.parse(option))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("is not a date; write it as 2026-11-28T09:30:00Z");
    }

    @Test
    void sourceDateEpochIsSecondsSince1970() {
        assertThat(Timestamps.resolve(Optional.empty(), Optional.of("1764288000"), NOW))
                .isEqualTo(Instant.parse("2025-11-28T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "abc", "1764288000 seconds", "9999999999999"})
    void aMalformedSourceDateEpochIsAnError(String value) {
        // The reproducible-builds specification asks tools to fail rather than guess.
        assertThatThrownBy(() -> Timestamps.resolve(Optional.empty(), Optional.of(value), NOW))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("SOURCE_DATE_EPOCH='" + value + "' is not a number of seconds");
    }

    @Test
    void theOptionWinsOverSourceDateEpochWhichWinsOverNow() {
        assertThat(Timestamps.resolve(Optional.of("2020-01-01"), Optional.of("1764288000"), NOW))
                .isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(Timestamps.resolve(Optional.empty(), Optional.of(""), NOW))
                .isEqualTo(Instant.parse("2026-11-28T10:15:30Z"));
        assertThat(Timestamps.resolve(Optional.empty(), Optional.empty(), NOW))
                .isEqualTo(Instant.parse("2026-11-28T10:15:30Z"));
    }

    /** Issue 11, item 14: SOURCE_DATE_EPOCH for the year 10000 was accepted and wrote wrong PDF dates. */
    @ParameterizedTest
    @CsvSource({
        "'+10000-01-01T00:00:00Z', 253402300800",
        "'+10000-01-01', 253402300800",
        "'9999-12-31T23:30:00-01:00', 253402302000",
        "'+99999-06-01T00:00:00Z', 999999999999",
    })
    void bothSourcesRefuseAMomentAfterTheYear9999WithTheSameRule(String option, String epoch) {
        String rule = " is after 9999-12-31T23:59:59Z (UTC), the last moment a PDF date can hold; give an earlier one";
        assertThatThrownBy(() -> Timestamps.resolve(Optional.of(option), Optional.empty(), NOW))
                .isInstanceOf(UsageException.class)
                .hasMessage("--timestamp '" + option + "'" + rule);
        assertThatThrownBy(() -> Timestamps.resolve(Optional.empty(), Optional.of(epoch), NOW))
                .isInstanceOf(UsageException.class)
                .hasMessage("SOURCE_DATE_EPOCH='" + epoch + "'" + rule);
    }

    @Test
    void theLastSecondOfTheYear9999IsAcceptedFromBothSources() {
        Instant last = Instant.parse("9999-12-31T23:59:59Z");
        assertThat(Timestamps.resolve(Optional.of("9999-12-31T23:59:59Z"), Optional.empty(), NOW)).isEqualTo(last);
        assertThat(Timestamps.resolve(Optional.empty(), Optional.of("253402300799"), NOW)).isEqualTo(last);
    }

    @Test
    void aMomentBeforeTheYear1IsRefused() {
        assertThatThrownBy(() -> Timestamps.parse("-0001-12-31T00:00:00Z"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--timestamp '-0001-12-31T00:00:00Z' is before 0001-01-01T00:00:00Z (UTC), the first moment"
                        + " a PDF date can hold; give a later one");
    }
}
