package io.github.clusterfolio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.text.LabelCatalog;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The brochure's numbers are written the language's way; its words come from the shared catalogue. */
class NumbersTest {

    @Test
    void numbersAreWrittenTheLanguagesWay() {
        Numbers german = new Numbers(LabelCatalog.bundled().forLanguage("de"));
        Numbers english = new Numbers(LabelCatalog.bundled().forLanguage("en"));
        assertThat(german.number(new BigDecimal("70000"))).isEqualTo("70.000");
        assertThat(english.number(new BigDecimal("70000"))).isEqualTo("70,000");
        assertThat(german.number(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(german.withUnit("12,5", "%")).isEqualTo("12,5\u00a0%");
        assertThat(english.withUnit("12.5", "%")).isEqualTo("12.5%");
        assertThat(german.value(new io.github.clusterfolio.model.KeyFigure(
                io.github.clusterfolio.model.LocalizedText.of("x"), new BigDecimal("70000"), true,
                java.util.Optional.empty(), java.util.OptionalInt.empty(), java.util.Optional.empty())))
                .isEqualTo("über 70.000");
        assertThat(BarChart.niceStep(70000)).isEqualTo(20000);
        assertThat(BarChart.niceStep(120)).isEqualTo(50);
    }
}
