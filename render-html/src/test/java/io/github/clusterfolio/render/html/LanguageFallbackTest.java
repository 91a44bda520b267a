package io.github.clusterfolio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A text missing in the requested language falls back to the region's first language and says so with
 * {@code lang}; labels missing in a language fall back to English and say so too.
 */
class LanguageFallbackTest {

    private static Region region(String... languages) {
        LocalizedText germanOnly = LocalizedText.of(Map.of("de", "Nur auf Deutsch"));
        return Region.builder("r", LocalizedText.of("de", "Region", "en", "Region"))
                .languages(languages)
                .sector(new Sector("energy", LocalizedText.of(Map.of("de", "Energie")), germanOnly, List.of(new KeyFigure(
                        LocalizedText.of("de", "Beschäftigte", "en", "Employees"),
                        new BigDecimal("12500"),
                        false,
                        Optional.of(LocalizedText.of(Map.of("de", "Personen"))),
                        OptionalInt.empty(),
                        Optional.empty()))))
                .organisation(Organisation.builder("olec", LocalizedText.of("OLEC"))
                        .sectors("energy")
                        .description(germanOnly)
                        .build())
                .build();
    }

    private static Element parse(String fragment) {
        return Jsoup.parseBodyFragment(fragment).body().child(0);
    }

    @Test
    void textsMissingInEnglishAreMarkedGerman() {
        Region region = region("de", "en");
        HtmlFragmentRenderer html = HtmlFragmentRenderer.withDefaults();

        Element overview = parse(html.overview(region, "en"));
        assertThat(overview.attr("lang")).isEqualTo("en");
        assertThat(overview.select(".cf-teaser__title").attr("lang")).isEqualTo("de");
        assertThat(overview.select(".cf-teaser__summary").attr("lang")).isEqualTo("de");
        assertThat(overview.select(".cf-teaser__figure-label").hasAttr("lang")).as("English label, no mark").isFalse();

        Element sector = parse(html.sector(region, "energy", "en"));
        assertThat(sector.select(".cf-sector__title").attr("lang")).isEqualTo("de");
        assertThat(sector.select(".cf-sector__summary").attr("lang")).isEqualTo("de");
        assertThat(sector.select(".cf-figures__value").html()).isEqualTo("12,500 <span lang=\"de\">Personen</span>");
        assertThat(sector.select(".cf-card__description").attr("lang")).isEqualTo("de");
        assertThat(sector.select(".cf-card__title").hasAttr("lang")).as("same name in every language").isFalse();

        Element card = parse(html.organisation(region, "olec", "en"));
        assertThat(card.select(".cf-card__detail span[lang=de]").text()).isEqualTo("Energie");

        Element german = parse(html.sector(region, "energy", "de"));
        assertThat(german.select("[lang]")).as("nothing falls back in German").containsExactly(german);
        assertThat(german.select(".cf-figures__value").text()).isEqualTo("12.500 Personen");
    }

    @Test
    void aLanguageWithoutLabelsUsesEnglishLabelsMarkedAsEnglish() {
        Region region = region("de", "sv");
        Element sector = parse(HtmlFragmentRenderer.withDefaults().sector(region, "energy", "sv"));
        assertThat(sector.attr("lang")).isEqualTo("sv");
        assertThat(sector.select(".cf-sector__subtitle").attr("lang")).isEqualTo("en");
        assertThat(sector.select(".cf-sector__subtitle").text()).isEqualTo("Organisations");
        assertThat(sector.select("caption").attr("lang")).isEqualTo("en");
        assertThat(sector.select(".cf-figures__value").html()).as("Swedish digit grouping: a no-break space")
                .isEqualTo("12&nbsp;500 <span lang=\"de\">Personen</span>");

        Map<String, String> swedish = new java.util.HashMap<>(LabelCatalog.bundled().completeTexts("sv"));
        swedish.put("organisations", "Organisationer");
        Element translated = parse(HtmlFragmentRenderer.builder()
                .labels(LabelCatalog.bundled().with(new LabelSet("sv", swedish)))
                .build()
                .sector(region, "energy", "sv"));
        assertThat(translated.select(".cf-sector__subtitle").hasAttr("lang")).isFalse();
        assertThat(translated.select(".cf-sector__subtitle").text()).isEqualTo("Organisationer");
        assertThat(translated.select("caption").hasAttr("lang")).as("a supplied catalogue is the language's own").isFalse();
    }

    @Test
    void aRegionalVariantUsesTheLabelsOfItsLanguageUnmarked() {
        Region region = region("de-AT");
        Element sector = parse(HtmlFragmentRenderer.withDefaults().sector(region, "energy", "de-AT"));
        assertThat(sector.attr("lang")).isEqualTo("de-AT");
        assertThat(sector.select(".cf-sector__subtitle").text()).isEqualTo("Organisationen");
        assertThat(sector.select(".cf-sector__subtitle").hasAttr("lang")).isFalse();
    }
}
