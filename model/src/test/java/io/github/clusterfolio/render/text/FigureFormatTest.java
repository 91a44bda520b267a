package io.github.clusterfolio.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Qualifier;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for figures: numbers, units, years and qualifiers per language. */
class FigureFormatTest {
    private static FigureFormat format(String language) {
        return FigureFormat.of(LabelCatalog.bundled().forLanguage(language));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|12.50|12,50", "en|12.50|12.50", "de|70000|70.000", "en|70000|70,000", "fr|1234.5|1\u202f234,5",
        "nl|-2.75|-2,75", "de|1234567.125|1.234.567,125", "en|0.5|0.5"})
    void aNumberKeepsItsDecimalsAndTakesTheLanguagesMarks(String language, String value, String written) {
        assertThat(format(language).number(new BigDecimal(value))).isEqualTo(written);
    }

    @Test
    void aUnitFollowsAfterANoBreakSpaceAndEnglishPerCentDirectly() {
        assertThat(format("de").withUnit("12,5", "%")).isEqualTo("12,5\u00a0%");
        assertThat(format("en").withUnit("12.5", "%")).isEqualTo("12.5%");
        assertThat(format("en").withUnit("300", "members")).isEqualTo("300\u00a0members");
        assertThat(format("de").year(2024)).isEqualTo("2024");
    }

    @Test
    void everyQualifierHasItsWordsAndFormatOnesApproximateKeepsItsOwn() {
        KeyFigure about = new KeyFigure(LocalizedText.of("x"), new BigDecimal("10000"), false,
                Optional.of(Qualifier.ABOUT), Optional.empty(), OptionalInt.empty(), Optional.empty());
        KeyFigure approximate = new KeyFigure(LocalizedText.of("x"), new BigDecimal("70000"), true,
                Optional.empty(), OptionalInt.empty(), Optional.empty());
        assertThat(format("de").value(about)).isEqualTo("rund 10.000");
        assertThat(format("en").value(about)).isEqualTo("about 10,000");
        assertThat(format("de").value(approximate)).isEqualTo("über 70.000");
        assertThat(format("en").value(approximate)).isEqualTo("more than 70,000");
        for (Qualifier qualifier : Qualifier.values()) {
            KeyFigure figure = new KeyFigure(LocalizedText.of("x"), BigDecimal.TEN, false, Optional.of(qualifier),
                    Optional.empty(), OptionalInt.empty(), Optional.empty());
            for (String language : new String[] {"de", "en", "nl", "fr", "da", "pl"}) {
                assertThat(format(language).value(figure)).as("%s in %s", qualifier, language).contains("10")
                        .isNotEqualTo("10");
            }
        }
    }
}
