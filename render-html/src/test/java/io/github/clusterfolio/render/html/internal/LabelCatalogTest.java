package io.github.clusterfolio.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.html.HtmlLabel;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled labels are complete in German and English and keep their placeholders; overrides win. */
class LabelCatalogTest {

    @Test
    void bundledGermanAndEnglishHaveEveryLabelWithItsPlaceholders() {
        LabelCatalog catalog = LabelCatalog.of(Map.of());
        for (String language : new String[] {"de", "en"}) {
            LabelCatalog.LabelSet labels = catalog.forLanguage(language);
            for (HtmlLabel label : HtmlLabel.values()) {
                assertThat(labels.languageOf(label)).as("%s in %s", label, language).isEqualTo(language);
                for (String placeholder : label.placeholders()) {
                    assertThat(labels.text(label)).as("%s in %s", label, language).contains(placeholder);
                }
            }
        }
    }

    @Test
    void overridesWinAndOtherLanguagesFallBackToEnglish() {
        Map<HtmlLabel, String> dutch = new EnumMap<>(HtmlLabel.class);
        dutch.put(HtmlLabel.TAGS, "Trefwoorden");
        LabelCatalog catalog = LabelCatalog.of(Map.of("nl", dutch));
        LabelCatalog.LabelSet labels = catalog.forLanguage("nl");
        assertThat(labels.text(HtmlLabel.TAGS)).isEqualTo("Trefwoorden");
        assertThat(labels.languageOf(HtmlLabel.TAGS)).isEqualTo("nl");
        assertThat(labels.text(HtmlLabel.FACT_CITY)).isEqualTo("Based in");
        assertThat(labels.languageOf(HtmlLabel.FACT_CITY)).isEqualTo("en");
        assertThat(catalog.forLanguage("en-GB").languageOf(HtmlLabel.FACT_CITY)).as("English variant").isEqualTo("en-GB");
        assertThat(catalog.forLanguage("nl")).as("resolved once").isSameAs(labels);
    }
}
