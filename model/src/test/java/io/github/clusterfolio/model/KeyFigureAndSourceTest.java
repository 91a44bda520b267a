package io.github.clusterfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link KeyFigure} and {@link Source}: their invariants, each violated on purpose. */
class KeyFigureAndSourceTest {
    private static final LocalizedText LABEL = LocalizedText.of("de", "Beschäftigte", "en", "Employees");

    private static KeyFigure figure(OptionalInt year) {
        return new KeyFigure(LABEL, BigDecimal.TEN, true, Optional.empty(), year, Optional.empty());
    }

    @Test
    void aKeyFigureNeedsALabelAndAValue() {
        assertThatThrownBy(() -> KeyFigure.of(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("label");
        assertThatThrownBy(() -> KeyFigure.of(LABEL, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
    }

    @Test
    void optionalPartsAreOptionalsNotNulls() {
        assertThatThrownBy(() -> new KeyFigure(LABEL, BigDecimal.ONE, false, null, OptionalInt.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KeyFigure(LABEL, BigDecimal.ONE, false, Optional.empty(), null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KeyFigure(LABEL, BigDecimal.ONE, false, Optional.empty(), OptionalInt.empty(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theYearHasFourDigits() {
        assertThatThrownBy(() -> figure(OptionalInt.of(999))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999 is not a four-digit year");
        assertThatThrownBy(() -> figure(OptionalInt.of(10_000))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> figure(OptionalInt.of(-2024))).isInstanceOf(IllegalArgumentException.class);
        assertThat(figure(OptionalInt.of(1000)).year()).hasValue(1000);
        assertThat(figure(OptionalInt.of(9999)).year()).hasValue(9999);
        assertThat(KeyFigure.of(LABEL, BigDecimal.ONE).year()).isEmpty();
    }

    @Test
    void aSourceNeedsATitleAndAtMostAnAbsoluteWebAddress() {
        assertThatThrownBy(() -> Source.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Source(LABEL, null)).isInstanceOf(NullPointerException.class);
        for (String address : new String[] {
            "ftp://example.org/", "javascript:alert(1)", "mailto:a@example.org", "example.org", "/relative",
            "https:///no-host", "file:///etc/passwd"
        }) {
            assertThatThrownBy(() -> new Source(LABEL, Optional.of(URI.create(address))))
                    .as(address)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("source url: ");
        }
        assertThat(new Source(LABEL, Optional.of(URI.create("http://example.org:8080/a?b#c"))).url()).isPresent();
    }
}
