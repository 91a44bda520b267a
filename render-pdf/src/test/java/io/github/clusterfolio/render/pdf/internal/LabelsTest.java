package io.github.clusterfolio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.OrganisationType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The brochure's words: German and English have the same keys; other languages get English. */
class LabelsTest {

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = Labels.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(read("labels_de.properties").keySet()).isEqualTo(read("labels.properties").keySet());
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertThat(Labels.forLanguage("fr").get("contents")).isEqualTo("Contents");
        assertThat(Labels.forLanguage("de-AT").get("contents")).isEqualTo("Inhalt");
        assertThat(Labels.forLanguage("de").get("header.page", "3", "12")).isEqualTo("Seite 3 von 12");
        assertThat(Labels.forLanguage("en").get("approximate", "70,000")).isEqualTo("more than 70,000");
        for (OrganisationType type : OrganisationType.values()) {
            assertThat(Labels.forLanguage("de").type(type)).isNotBlank();
            assertThat(Labels.forLanguage("en").type(type)).isNotBlank();
        }
    }

    @Test
    void numbersAreWrittenTheLanguagesWay() {
        Numbers german = new Numbers(Labels.forLanguage("de"));
        Numbers english = new Numbers(Labels.forLanguage("en"));
        assertThat(german.number(new java.math.BigDecimal("70000"))).isEqualTo("70.000");
        assertThat(english.number(new java.math.BigDecimal("70000"))).isEqualTo("70,000");
        assertThat(german.number(new java.math.BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(german.withUnit("12,5", "%")).isEqualTo("12,5\u00a0%");
        assertThat(english.withUnit("12.5", "%")).isEqualTo("12.5%");
        assertThat(BarChart.niceStep(70000)).isEqualTo(20000);
        assertThat(BarChart.niceStep(120)).isEqualTo(50);
    }
}
